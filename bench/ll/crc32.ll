; ModuleID = 'crc32.c'
source_filename = "crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.check = private unnamed_addr constant [10 x i8] c"123456789\00", align 1
@.str = private unnamed_addr constant [44 x i8] c"crc32 check=%08x part=%08x full=%08x ok=%d\0A\00", align 1
@table = internal global [4 x [256 x i32]] zeroinitializer, align 16

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca [10 x i8], align 1
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @make_tables()
  %14 = call noalias ptr @malloc(i64 noundef 10485760) #5
  store ptr %14, ptr %2, align 8
  %15 = load ptr, ptr %2, align 8
  %16 = icmp ne ptr %15, null
  br i1 %16, label %18, label %17

17:                                               ; preds = %0
  store i32 2, ptr %1, align 4
  br label %101

18:                                               ; preds = %0
  store i32 305419896, ptr %3, align 4
  store i64 0, ptr %4, align 8
  br label %19

19:                                               ; preds = %32, %18
  %20 = load i64, ptr %4, align 8
  %21 = icmp ult i64 %20, 10485760
  br i1 %21, label %22, label %35

22:                                               ; preds = %19
  %23 = load i32, ptr %3, align 4
  %24 = mul i32 %23, 1664525
  %25 = add i32 %24, 1013904223
  store i32 %25, ptr %3, align 4
  %26 = load i32, ptr %3, align 4
  %27 = lshr i32 %26, 24
  %28 = trunc i32 %27 to i8
  %29 = load ptr, ptr %2, align 8
  %30 = load i64, ptr %4, align 8
  %31 = getelementptr inbounds nuw i8, ptr %29, i64 %30
  store i8 %28, ptr %31, align 1
  br label %32

32:                                               ; preds = %22
  %33 = load i64, ptr %4, align 8
  %34 = add i64 %33, 1
  store i64 %34, ptr %4, align 8
  br label %19, !llvm.loop !6

35:                                               ; preds = %19
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %5, ptr align 1 @__const.main.check, i64 10, i1 false)
  %36 = getelementptr inbounds [10 x i8], ptr %5, i64 0, i64 0
  %37 = call i32 @crc_table(ptr noundef %36, i64 noundef 9)
  store i32 %37, ptr %6, align 4
  %38 = load ptr, ptr %2, align 8
  %39 = call i32 @crc_bitwise(ptr noundef %38, i64 noundef 2621440)
  store i32 %39, ptr %7, align 4
  %40 = load ptr, ptr %2, align 8
  %41 = call i32 @crc_table(ptr noundef %40, i64 noundef 2621440)
  store i32 %41, ptr %8, align 4
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %42

42:                                               ; preds = %56, %35
  %43 = load i32, ptr %10, align 4
  %44 = icmp slt i32 %43, 4
  br i1 %44, label %45, label %59

45:                                               ; preds = %42
  %46 = load ptr, ptr %2, align 8
  %47 = load i32, ptr %10, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i8, ptr %46, i64 %48
  %50 = load i32, ptr %10, align 4
  %51 = sext i32 %50 to i64
  %52 = sub i64 10485760, %51
  %53 = call i32 @crc_table(ptr noundef %49, i64 noundef %52)
  %54 = load i32, ptr %9, align 4
  %55 = xor i32 %54, %53
  store i32 %55, ptr %9, align 4
  br label %56

56:                                               ; preds = %45
  %57 = load i32, ptr %10, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %10, align 4
  br label %42, !llvm.loop !8

59:                                               ; preds = %42
  store i32 0, ptr %11, align 4
  store i32 0, ptr %12, align 4
  br label %60

60:                                               ; preds = %74, %59
  %61 = load i32, ptr %12, align 4
  %62 = icmp slt i32 %61, 4
  br i1 %62, label %63, label %77

63:                                               ; preds = %60
  %64 = load ptr, ptr %2, align 8
  %65 = load i32, ptr %12, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds i8, ptr %64, i64 %66
  %68 = load i32, ptr %12, align 4
  %69 = sext i32 %68 to i64
  %70 = sub i64 10485760, %69
  %71 = call i32 @crc_slice4(ptr noundef %67, i64 noundef %70)
  %72 = load i32, ptr %11, align 4
  %73 = xor i32 %72, %71
  store i32 %73, ptr %11, align 4
  br label %74

74:                                               ; preds = %63
  %75 = load i32, ptr %12, align 4
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %12, align 4
  br label %60, !llvm.loop !9

77:                                               ; preds = %60
  %78 = load i32, ptr %6, align 4
  %79 = icmp eq i32 %78, -873187034
  br i1 %79, label %80, label %88

80:                                               ; preds = %77
  %81 = load i32, ptr %7, align 4
  %82 = load i32, ptr %8, align 4
  %83 = icmp eq i32 %81, %82
  br i1 %83, label %84, label %88

84:                                               ; preds = %80
  %85 = load i32, ptr %9, align 4
  %86 = load i32, ptr %11, align 4
  %87 = icmp eq i32 %85, %86
  br label %88

88:                                               ; preds = %84, %80, %77
  %89 = phi i1 [ false, %80 ], [ false, %77 ], [ %87, %84 ]
  %90 = zext i1 %89 to i32
  store i32 %90, ptr %13, align 4
  %91 = load i32, ptr %6, align 4
  %92 = load i32, ptr %7, align 4
  %93 = load i32, ptr %9, align 4
  %94 = load i32, ptr %13, align 4
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %91, i32 noundef %92, i32 noundef %93, i32 noundef %94)
  %96 = load ptr, ptr %2, align 8
  call void @free(ptr noundef %96) #6
  %97 = load i32, ptr %13, align 4
  %98 = icmp ne i32 %97, 0
  %99 = zext i1 %98 to i64
  %100 = select i1 %98, i32 0, i32 1
  store i32 %100, ptr %1, align 4
  br label %101

101:                                              ; preds = %88, %17
  %102 = load i32, ptr %1, align 4
  ret i32 %102
}

; Function Attrs: noinline nounwind uwtable
define internal void @make_tables() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  br label %6

6:                                                ; preds = %35, %0
  %7 = load i32, ptr %1, align 4
  %8 = icmp ult i32 %7, 256
  br i1 %8, label %9, label %38

9:                                                ; preds = %6
  %10 = load i32, ptr %1, align 4
  store i32 %10, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %11

11:                                               ; preds = %27, %9
  %12 = load i32, ptr %3, align 4
  %13 = icmp slt i32 %12, 8
  br i1 %13, label %14, label %30

14:                                               ; preds = %11
  %15 = load i32, ptr %2, align 4
  %16 = and i32 %15, 1
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %18, label %22

18:                                               ; preds = %14
  %19 = load i32, ptr %2, align 4
  %20 = lshr i32 %19, 1
  %21 = xor i32 -306674912, %20
  br label %25

22:                                               ; preds = %14
  %23 = load i32, ptr %2, align 4
  %24 = lshr i32 %23, 1
  br label %25

25:                                               ; preds = %22, %18
  %26 = phi i32 [ %21, %18 ], [ %24, %22 ]
  store i32 %26, ptr %2, align 4
  br label %27

27:                                               ; preds = %25
  %28 = load i32, ptr %3, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %3, align 4
  br label %11, !llvm.loop !10

30:                                               ; preds = %11
  %31 = load i32, ptr %2, align 4
  %32 = load i32, ptr %1, align 4
  %33 = zext i32 %32 to i64
  %34 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %33
  store i32 %31, ptr %34, align 4
  br label %35

35:                                               ; preds = %30
  %36 = load i32, ptr %1, align 4
  %37 = add i32 %36, 1
  store i32 %37, ptr %1, align 4
  br label %6, !llvm.loop !11

38:                                               ; preds = %6
  store i32 0, ptr %4, align 4
  br label %39

39:                                               ; preds = %79, %38
  %40 = load i32, ptr %4, align 4
  %41 = icmp ult i32 %40, 256
  br i1 %41, label %42, label %82

42:                                               ; preds = %39
  store i32 1, ptr %5, align 4
  br label %43

43:                                               ; preds = %75, %42
  %44 = load i32, ptr %5, align 4
  %45 = icmp slt i32 %44, 4
  br i1 %45, label %46, label %78

46:                                               ; preds = %43
  %47 = load i32, ptr %5, align 4
  %48 = sub nsw i32 %47, 1
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [4 x [256 x i32]], ptr @table, i64 0, i64 %49
  %51 = load i32, ptr %4, align 4
  %52 = zext i32 %51 to i64
  %53 = getelementptr inbounds nuw [256 x i32], ptr %50, i64 0, i64 %52
  %54 = load i32, ptr %53, align 4
  %55 = lshr i32 %54, 8
  %56 = load i32, ptr %5, align 4
  %57 = sub nsw i32 %56, 1
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [4 x [256 x i32]], ptr @table, i64 0, i64 %58
  %60 = load i32, ptr %4, align 4
  %61 = zext i32 %60 to i64
  %62 = getelementptr inbounds nuw [256 x i32], ptr %59, i64 0, i64 %61
  %63 = load i32, ptr %62, align 4
  %64 = and i32 %63, 255
  %65 = zext i32 %64 to i64
  %66 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %65
  %67 = load i32, ptr %66, align 4
  %68 = xor i32 %55, %67
  %69 = load i32, ptr %5, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [4 x [256 x i32]], ptr @table, i64 0, i64 %70
  %72 = load i32, ptr %4, align 4
  %73 = zext i32 %72 to i64
  %74 = getelementptr inbounds nuw [256 x i32], ptr %71, i64 0, i64 %73
  store i32 %68, ptr %74, align 4
  br label %75

75:                                               ; preds = %46
  %76 = load i32, ptr %5, align 4
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %5, align 4
  br label %43, !llvm.loop !12

78:                                               ; preds = %43
  br label %79

79:                                               ; preds = %78
  %80 = load i32, ptr %4, align 4
  %81 = add i32 %80, 1
  store i32 %81, ptr %4, align 4
  br label %39, !llvm.loop !13

82:                                               ; preds = %39
  ret void
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind uwtable
define internal i32 @crc_table(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i32 -1, ptr %5, align 4
  store i64 0, ptr %6, align 8
  br label %7

7:                                                ; preds = %26, %2
  %8 = load i64, ptr %6, align 8
  %9 = load i64, ptr %4, align 8
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %11, label %29

11:                                               ; preds = %7
  %12 = load i32, ptr %5, align 4
  %13 = load ptr, ptr %3, align 8
  %14 = load i64, ptr %6, align 8
  %15 = getelementptr inbounds nuw i8, ptr %13, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = zext i8 %16 to i32
  %18 = xor i32 %12, %17
  %19 = and i32 %18, 255
  %20 = zext i32 %19 to i64
  %21 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4
  %23 = load i32, ptr %5, align 4
  %24 = lshr i32 %23, 8
  %25 = xor i32 %22, %24
  store i32 %25, ptr %5, align 4
  br label %26

26:                                               ; preds = %11
  %27 = load i64, ptr %6, align 8
  %28 = add i64 %27, 1
  store i64 %28, ptr %6, align 8
  br label %7, !llvm.loop !14

29:                                               ; preds = %7
  %30 = load i32, ptr %5, align 4
  %31 = xor i32 %30, -1
  ret i32 %31
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @crc_bitwise(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i32 -1, ptr %5, align 4
  store i64 0, ptr %6, align 8
  br label %8

8:                                                ; preds = %35, %2
  %9 = load i64, ptr %6, align 8
  %10 = load i64, ptr %4, align 8
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %12, label %38

12:                                               ; preds = %8
  %13 = load ptr, ptr %3, align 8
  %14 = load i64, ptr %6, align 8
  %15 = getelementptr inbounds nuw i8, ptr %13, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = zext i8 %16 to i32
  %18 = load i32, ptr %5, align 4
  %19 = xor i32 %18, %17
  store i32 %19, ptr %5, align 4
  store i32 0, ptr %7, align 4
  br label %20

20:                                               ; preds = %31, %12
  %21 = load i32, ptr %7, align 4
  %22 = icmp slt i32 %21, 8
  br i1 %22, label %23, label %34

23:                                               ; preds = %20
  %24 = load i32, ptr %5, align 4
  %25 = lshr i32 %24, 1
  %26 = load i32, ptr %5, align 4
  %27 = and i32 %26, 1
  %28 = sub i32 0, %27
  %29 = and i32 -306674912, %28
  %30 = xor i32 %25, %29
  store i32 %30, ptr %5, align 4
  br label %31

31:                                               ; preds = %23
  %32 = load i32, ptr %7, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %7, align 4
  br label %20, !llvm.loop !15

34:                                               ; preds = %20
  br label %35

35:                                               ; preds = %34
  %36 = load i64, ptr %6, align 8
  %37 = add i64 %36, 1
  store i64 %37, ptr %6, align 8
  br label %8, !llvm.loop !16

38:                                               ; preds = %8
  %39 = load i32, ptr %5, align 4
  %40 = xor i32 %39, -1
  ret i32 %40
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @crc_slice4(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i32 -1, ptr %5, align 4
  store i64 0, ptr %6, align 8
  br label %7

7:                                                ; preds = %69, %2
  %8 = load i64, ptr %6, align 8
  %9 = add i64 %8, 4
  %10 = load i64, ptr %4, align 8
  %11 = icmp ule i64 %9, %10
  br i1 %11, label %12, label %72

12:                                               ; preds = %7
  %13 = load ptr, ptr %3, align 8
  %14 = load i64, ptr %6, align 8
  %15 = getelementptr inbounds nuw i8, ptr %13, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = zext i8 %16 to i32
  %18 = load ptr, ptr %3, align 8
  %19 = load i64, ptr %6, align 8
  %20 = add i64 %19, 1
  %21 = getelementptr inbounds nuw i8, ptr %18, i64 %20
  %22 = load i8, ptr %21, align 1
  %23 = zext i8 %22 to i32
  %24 = shl i32 %23, 8
  %25 = or i32 %17, %24
  %26 = load ptr, ptr %3, align 8
  %27 = load i64, ptr %6, align 8
  %28 = add i64 %27, 2
  %29 = getelementptr inbounds nuw i8, ptr %26, i64 %28
  %30 = load i8, ptr %29, align 1
  %31 = zext i8 %30 to i32
  %32 = shl i32 %31, 16
  %33 = or i32 %25, %32
  %34 = load ptr, ptr %3, align 8
  %35 = load i64, ptr %6, align 8
  %36 = add i64 %35, 3
  %37 = getelementptr inbounds nuw i8, ptr %34, i64 %36
  %38 = load i8, ptr %37, align 1
  %39 = zext i8 %38 to i32
  %40 = shl i32 %39, 24
  %41 = or i32 %33, %40
  %42 = load i32, ptr %5, align 4
  %43 = xor i32 %42, %41
  store i32 %43, ptr %5, align 4
  %44 = load i32, ptr %5, align 4
  %45 = and i32 %44, 255
  %46 = zext i32 %45 to i64
  %47 = getelementptr inbounds nuw [256 x i32], ptr getelementptr inbounds ([4 x [256 x i32]], ptr @table, i64 0, i64 3), i64 0, i64 %46
  %48 = load i32, ptr %47, align 4
  %49 = load i32, ptr %5, align 4
  %50 = lshr i32 %49, 8
  %51 = and i32 %50, 255
  %52 = zext i32 %51 to i64
  %53 = getelementptr inbounds nuw [256 x i32], ptr getelementptr inbounds ([4 x [256 x i32]], ptr @table, i64 0, i64 2), i64 0, i64 %52
  %54 = load i32, ptr %53, align 4
  %55 = xor i32 %48, %54
  %56 = load i32, ptr %5, align 4
  %57 = lshr i32 %56, 16
  %58 = and i32 %57, 255
  %59 = zext i32 %58 to i64
  %60 = getelementptr inbounds nuw [256 x i32], ptr getelementptr inbounds ([4 x [256 x i32]], ptr @table, i64 0, i64 1), i64 0, i64 %59
  %61 = load i32, ptr %60, align 4
  %62 = xor i32 %55, %61
  %63 = load i32, ptr %5, align 4
  %64 = lshr i32 %63, 24
  %65 = zext i32 %64 to i64
  %66 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %65
  %67 = load i32, ptr %66, align 4
  %68 = xor i32 %62, %67
  store i32 %68, ptr %5, align 4
  br label %69

69:                                               ; preds = %12
  %70 = load i64, ptr %6, align 8
  %71 = add i64 %70, 4
  store i64 %71, ptr %6, align 8
  br label %7, !llvm.loop !17

72:                                               ; preds = %7
  br label %73

73:                                               ; preds = %92, %72
  %74 = load i64, ptr %6, align 8
  %75 = load i64, ptr %4, align 8
  %76 = icmp ult i64 %74, %75
  br i1 %76, label %77, label %95

77:                                               ; preds = %73
  %78 = load i32, ptr %5, align 4
  %79 = load ptr, ptr %3, align 8
  %80 = load i64, ptr %6, align 8
  %81 = getelementptr inbounds nuw i8, ptr %79, i64 %80
  %82 = load i8, ptr %81, align 1
  %83 = zext i8 %82 to i32
  %84 = xor i32 %78, %83
  %85 = and i32 %84, 255
  %86 = zext i32 %85 to i64
  %87 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %86
  %88 = load i32, ptr %87, align 4
  %89 = load i32, ptr %5, align 4
  %90 = lshr i32 %89, 8
  %91 = xor i32 %88, %90
  store i32 %91, ptr %5, align 4
  br label %92

92:                                               ; preds = %77
  %93 = load i64, ptr %6, align 8
  %94 = add i64 %93, 1
  store i64 %94, ptr %6, align 8
  br label %73, !llvm.loop !18

95:                                               ; preds = %73
  %96 = load i32, ptr %5, align 4
  %97 = xor i32 %96, -1
  ret i32 %97
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind
declare void @free(ptr noundef) #4

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind allocsize(0) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
