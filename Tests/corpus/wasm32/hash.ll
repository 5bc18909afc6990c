; ModuleID = 'hash.c'
source_filename = "hash.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [4 x i8] c"the\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"quick\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"brown\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"fox\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"jumps\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"over\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"lazy\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"dog\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"end\00", align 1
@__const.main.words = private unnamed_addr constant [12 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str, ptr @.str.6, ptr @.str.7, ptr @.str.3, ptr @.str, ptr @.str.8], align 16
@.str.9 = private unnamed_addr constant [13 x i8] c"%s %08x %lu\0A\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"123456789\00", align 1
@.str.11 = private unnamed_addr constant [10 x i8] c"crc %08x\0A\00", align 1
@.str.12 = private unnamed_addr constant [15 x i8] c"fnv64 %016llx\0A\00", align 1
@.str.13 = private unnamed_addr constant [14 x i8] c"fmix %016llx\0A\00", align 1
@table = internal global [64 x ptr] zeroinitializer, align 16
@counts = internal global [64 x i32] zeroinitializer, align 16
@.str.14 = private unnamed_addr constant [38 x i8] c"table %d distinct, max %d, probes %d\0A\00", align 1
@.str.15 = private unnamed_addr constant [16 x i8] c"block crc %08x\0A\00", align 1
@crc_table = internal global [256 x i32] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [12 x ptr], align 16
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca [1024 x i8], align 16
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %2, ptr align 16 @__const.main.words, i32 48, i1 false)
  store i32 0, ptr %3, align 4
  br label %14

14:                                               ; preds = %30, %0
  %15 = load i32, ptr %3, align 4
  %16 = icmp slt i32 %15, 12
  br i1 %16, label %17, label %33

17:                                               ; preds = %14
  %18 = load i32, ptr %3, align 4
  %19 = getelementptr inbounds [12 x ptr], ptr %2, i32 0, i32 %18
  %20 = load ptr, ptr %19, align 4
  %21 = load i32, ptr %3, align 4
  %22 = getelementptr inbounds [12 x ptr], ptr %2, i32 0, i32 %21
  %23 = load ptr, ptr %22, align 4
  %24 = call i32 @fnv1a32(ptr noundef %23)
  %25 = load i32, ptr %3, align 4
  %26 = getelementptr inbounds [12 x ptr], ptr %2, i32 0, i32 %25
  %27 = load ptr, ptr %26, align 4
  %28 = call i32 @djb2(ptr noundef %27)
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, ptr noundef %20, i32 noundef %24, i32 noundef %28)
  br label %30

30:                                               ; preds = %17
  %31 = load i32, ptr %3, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %3, align 4
  br label %14, !llvm.loop !2

33:                                               ; preds = %14
  call void @crc_init()
  store ptr @.str.10, ptr %4, align 4
  %34 = load ptr, ptr %4, align 4
  %35 = load ptr, ptr %4, align 4
  %36 = call i32 @strlen(ptr noundef %35) #4
  %37 = call i32 @crc32(ptr noundef %34, i32 noundef %36)
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %37)
  %39 = load ptr, ptr %4, align 4
  %40 = load ptr, ptr %4, align 4
  %41 = call i32 @strlen(ptr noundef %40) #4
  %42 = call i64 @fnv1a64(ptr noundef %39, i32 noundef %41)
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i64 noundef %42)
  store i64 0, ptr %5, align 8
  store i64 0, ptr %6, align 8
  br label %44

44:                                               ; preds = %52, %33
  %45 = load i64, ptr %6, align 8
  %46 = icmp ult i64 %45, 10000
  br i1 %46, label %47, label %55

47:                                               ; preds = %44
  %48 = load i64, ptr %6, align 8
  %49 = call i64 @fmix64(i64 noundef %48)
  %50 = load i64, ptr %5, align 8
  %51 = add i64 %50, %49
  store i64 %51, ptr %5, align 8
  br label %52

52:                                               ; preds = %47
  %53 = load i64, ptr %6, align 8
  %54 = add i64 %53, 1
  store i64 %54, ptr %6, align 8
  br label %44, !llvm.loop !4

55:                                               ; preds = %44
  %56 = load i64, ptr %5, align 8
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i64 noundef %56)
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %58

58:                                               ; preds = %68, %55
  %59 = load i32, ptr %8, align 4
  %60 = icmp slt i32 %59, 12
  br i1 %60, label %61, label %71

61:                                               ; preds = %58
  %62 = load i32, ptr %8, align 4
  %63 = getelementptr inbounds [12 x ptr], ptr %2, i32 0, i32 %62
  %64 = load ptr, ptr %63, align 4
  %65 = call i32 @insert(ptr noundef %64)
  %66 = load i32, ptr %7, align 4
  %67 = add nsw i32 %66, %65
  store i32 %67, ptr %7, align 4
  br label %68

68:                                               ; preds = %61
  %69 = load i32, ptr %8, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %8, align 4
  br label %58, !llvm.loop !5

71:                                               ; preds = %58
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  store i32 0, ptr %11, align 4
  br label %72

72:                                               ; preds = %94, %71
  %73 = load i32, ptr %11, align 4
  %74 = icmp slt i32 %73, 64
  br i1 %74, label %75, label %97

75:                                               ; preds = %72
  %76 = load i32, ptr %11, align 4
  %77 = getelementptr inbounds [64 x ptr], ptr @table, i32 0, i32 %76
  %78 = load ptr, ptr %77, align 4
  %79 = icmp ne ptr %78, null
  br i1 %79, label %80, label %93

80:                                               ; preds = %75
  %81 = load i32, ptr %9, align 4
  %82 = add nsw i32 %81, 1
  store i32 %82, ptr %9, align 4
  %83 = load i32, ptr %11, align 4
  %84 = getelementptr inbounds [64 x i32], ptr @counts, i32 0, i32 %83
  %85 = load i32, ptr %84, align 4
  %86 = load i32, ptr %10, align 4
  %87 = icmp sgt i32 %85, %86
  br i1 %87, label %88, label %92

88:                                               ; preds = %80
  %89 = load i32, ptr %11, align 4
  %90 = getelementptr inbounds [64 x i32], ptr @counts, i32 0, i32 %89
  %91 = load i32, ptr %90, align 4
  store i32 %91, ptr %10, align 4
  br label %92

92:                                               ; preds = %88, %80
  br label %93

93:                                               ; preds = %92, %75
  br label %94

94:                                               ; preds = %93
  %95 = load i32, ptr %11, align 4
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %11, align 4
  br label %72, !llvm.loop !6

97:                                               ; preds = %72
  %98 = load i32, ptr %9, align 4
  %99 = load i32, ptr %10, align 4
  %100 = load i32, ptr %7, align 4
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %98, i32 noundef %99, i32 noundef %100)
  store i32 0, ptr %13, align 4
  br label %102

102:                                              ; preds = %112, %97
  %103 = load i32, ptr %13, align 4
  %104 = icmp slt i32 %103, 1024
  br i1 %104, label %105, label %115

105:                                              ; preds = %102
  %106 = load i32, ptr %13, align 4
  %107 = mul nsw i32 %106, 7
  %108 = add nsw i32 %107, 3
  %109 = trunc i32 %108 to i8
  %110 = load i32, ptr %13, align 4
  %111 = getelementptr inbounds [1024 x i8], ptr %12, i32 0, i32 %110
  store i8 %109, ptr %111, align 1
  br label %112

112:                                              ; preds = %105
  %113 = load i32, ptr %13, align 4
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %13, align 4
  br label %102, !llvm.loop !7

115:                                              ; preds = %102
  %116 = getelementptr inbounds [1024 x i8], ptr %12, i32 0, i32 0
  %117 = call i32 @crc32(ptr noundef %116, i32 noundef 1024)
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef %117)
  %119 = load i32, ptr %9, align 4
  ret i32 %119
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone
define internal i32 @fnv1a32(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 4
  store i32 -2128831035, ptr %3, align 4
  br label %4

4:                                                ; preds = %8, %1
  %5 = load ptr, ptr %2, align 4
  %6 = load i8, ptr %5, align 1
  %7 = icmp ne i8 %6, 0
  br i1 %7, label %8, label %17

8:                                                ; preds = %4
  %9 = load ptr, ptr %2, align 4
  %10 = getelementptr inbounds nuw i8, ptr %9, i32 1
  store ptr %10, ptr %2, align 4
  %11 = load i8, ptr %9, align 1
  %12 = zext i8 %11 to i32
  %13 = load i32, ptr %3, align 4
  %14 = xor i32 %13, %12
  store i32 %14, ptr %3, align 4
  %15 = load i32, ptr %3, align 4
  %16 = mul i32 %15, 16777619
  store i32 %16, ptr %3, align 4
  br label %4, !llvm.loop !8

17:                                               ; preds = %4
  %18 = load i32, ptr %3, align 4
  ret i32 %18
}

; Function Attrs: noinline nounwind optnone
define internal i32 @djb2(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 4
  store i32 5381, ptr %3, align 4
  br label %5

5:                                                ; preds = %11, %1
  %6 = load ptr, ptr %2, align 4
  %7 = getelementptr inbounds nuw i8, ptr %6, i32 1
  store ptr %7, ptr %2, align 4
  %8 = load i8, ptr %6, align 1
  %9 = zext i8 %8 to i32
  store i32 %9, ptr %4, align 4
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %11, label %19

11:                                               ; preds = %5
  %12 = load i32, ptr %3, align 4
  %13 = shl i32 %12, 5
  %14 = load i32, ptr %3, align 4
  %15 = add i32 %13, %14
  %16 = load i32, ptr %4, align 4
  %17 = add i32 %15, %16
  %18 = and i32 %17, -1
  store i32 %18, ptr %3, align 4
  br label %5, !llvm.loop !9

19:                                               ; preds = %5
  %20 = load i32, ptr %3, align 4
  ret i32 %20
}

; Function Attrs: noinline nounwind optnone
define internal void @crc_init() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  br label %4

4:                                                ; preds = %32, %0
  %5 = load i32, ptr %1, align 4
  %6 = icmp ult i32 %5, 256
  br i1 %6, label %7, label %35

7:                                                ; preds = %4
  %8 = load i32, ptr %1, align 4
  store i32 %8, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %9

9:                                                ; preds = %25, %7
  %10 = load i32, ptr %3, align 4
  %11 = icmp slt i32 %10, 8
  br i1 %11, label %12, label %28

12:                                               ; preds = %9
  %13 = load i32, ptr %2, align 4
  %14 = and i32 %13, 1
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %16, label %20

16:                                               ; preds = %12
  %17 = load i32, ptr %2, align 4
  %18 = lshr i32 %17, 1
  %19 = xor i32 -306674912, %18
  br label %23

20:                                               ; preds = %12
  %21 = load i32, ptr %2, align 4
  %22 = lshr i32 %21, 1
  br label %23

23:                                               ; preds = %20, %16
  %24 = phi i32 [ %19, %16 ], [ %22, %20 ]
  store i32 %24, ptr %2, align 4
  br label %25

25:                                               ; preds = %23
  %26 = load i32, ptr %3, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %3, align 4
  br label %9, !llvm.loop !10

28:                                               ; preds = %9
  %29 = load i32, ptr %2, align 4
  %30 = load i32, ptr %1, align 4
  %31 = getelementptr inbounds nuw [256 x i32], ptr @crc_table, i32 0, i32 %30
  store i32 %29, ptr %31, align 4
  br label %32

32:                                               ; preds = %28
  %33 = load i32, ptr %1, align 4
  %34 = add i32 %33, 1
  store i32 %34, ptr %1, align 4
  br label %4, !llvm.loop !11

35:                                               ; preds = %4
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @crc32(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  store i32 -1, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %25, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp ult i32 %8, %9
  br i1 %10, label %11, label %28

11:                                               ; preds = %7
  %12 = load i32, ptr %5, align 4
  %13 = load ptr, ptr %3, align 4
  %14 = load i32, ptr %6, align 4
  %15 = getelementptr inbounds nuw i8, ptr %13, i32 %14
  %16 = load i8, ptr %15, align 1
  %17 = zext i8 %16 to i32
  %18 = xor i32 %12, %17
  %19 = and i32 %18, 255
  %20 = getelementptr inbounds nuw [256 x i32], ptr @crc_table, i32 0, i32 %19
  %21 = load i32, ptr %20, align 4
  %22 = load i32, ptr %5, align 4
  %23 = lshr i32 %22, 8
  %24 = xor i32 %21, %23
  store i32 %24, ptr %5, align 4
  br label %25

25:                                               ; preds = %11
  %26 = load i32, ptr %6, align 4
  %27 = add i32 %26, 1
  store i32 %27, ptr %6, align 4
  br label %7, !llvm.loop !12

28:                                               ; preds = %7
  %29 = load i32, ptr %5, align 4
  %30 = xor i32 %29, -1
  ret i32 %30
}

; Function Attrs: nounwind
declare i32 @strlen(ptr noundef) #3

; Function Attrs: noinline nounwind optnone
define internal i64 @fnv1a64(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %8 = load ptr, ptr %3, align 4
  store ptr %8, ptr %5, align 4
  store i64 -3750763034362895579, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %9

9:                                                ; preds = %23, %2
  %10 = load i32, ptr %7, align 4
  %11 = load i32, ptr %4, align 4
  %12 = icmp ult i32 %10, %11
  br i1 %12, label %13, label %26

13:                                               ; preds = %9
  %14 = load ptr, ptr %5, align 4
  %15 = load i32, ptr %7, align 4
  %16 = getelementptr inbounds nuw i8, ptr %14, i32 %15
  %17 = load i8, ptr %16, align 1
  %18 = zext i8 %17 to i64
  %19 = load i64, ptr %6, align 8
  %20 = xor i64 %19, %18
  store i64 %20, ptr %6, align 8
  %21 = load i64, ptr %6, align 8
  %22 = mul i64 %21, 1099511628211
  store i64 %22, ptr %6, align 8
  br label %23

23:                                               ; preds = %13
  %24 = load i32, ptr %7, align 4
  %25 = add i32 %24, 1
  store i32 %25, ptr %7, align 4
  br label %9, !llvm.loop !13

26:                                               ; preds = %9
  %27 = load i64, ptr %6, align 8
  ret i64 %27
}

; Function Attrs: noinline nounwind optnone
define internal i64 @fmix64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = lshr i64 %3, 33
  %5 = load i64, ptr %2, align 8
  %6 = xor i64 %5, %4
  store i64 %6, ptr %2, align 8
  %7 = load i64, ptr %2, align 8
  %8 = mul i64 %7, -49064778989728563
  store i64 %8, ptr %2, align 8
  %9 = load i64, ptr %2, align 8
  %10 = lshr i64 %9, 33
  %11 = load i64, ptr %2, align 8
  %12 = xor i64 %11, %10
  store i64 %12, ptr %2, align 8
  %13 = load i64, ptr %2, align 8
  %14 = mul i64 %13, -4265267296055464877
  store i64 %14, ptr %2, align 8
  %15 = load i64, ptr %2, align 8
  %16 = lshr i64 %15, 33
  %17 = load i64, ptr %2, align 8
  %18 = xor i64 %17, %16
  store i64 %18, ptr %2, align 8
  %19 = load i64, ptr %2, align 8
  ret i64 %19
}

; Function Attrs: noinline nounwind optnone
define internal i32 @insert(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 4
  %5 = load ptr, ptr %2, align 4
  %6 = call i32 @fnv1a32(ptr noundef %5)
  %7 = and i32 %6, 63
  store i32 %7, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %8

8:                                                ; preds = %22, %1
  %9 = load i32, ptr %3, align 4
  %10 = getelementptr inbounds nuw [64 x ptr], ptr @table, i32 0, i32 %9
  %11 = load ptr, ptr %10, align 4
  %12 = icmp ne ptr %11, null
  br i1 %12, label %13, label %20

13:                                               ; preds = %8
  %14 = load i32, ptr %3, align 4
  %15 = getelementptr inbounds nuw [64 x ptr], ptr @table, i32 0, i32 %14
  %16 = load ptr, ptr %15, align 4
  %17 = load ptr, ptr %2, align 4
  %18 = call i32 @strcmp(ptr noundef %16, ptr noundef %17) #4
  %19 = icmp ne i32 %18, 0
  br label %20

20:                                               ; preds = %13, %8
  %21 = phi i1 [ false, %8 ], [ %19, %13 ]
  br i1 %21, label %22, label %28

22:                                               ; preds = %20
  %23 = load i32, ptr %3, align 4
  %24 = add i32 %23, 1
  %25 = and i32 %24, 63
  store i32 %25, ptr %3, align 4
  %26 = load i32, ptr %4, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %4, align 4
  br label %8, !llvm.loop !14

28:                                               ; preds = %20
  %29 = load i32, ptr %3, align 4
  %30 = getelementptr inbounds nuw [64 x ptr], ptr @table, i32 0, i32 %29
  %31 = load ptr, ptr %30, align 4
  %32 = icmp ne ptr %31, null
  br i1 %32, label %37, label %33

33:                                               ; preds = %28
  %34 = load ptr, ptr %2, align 4
  %35 = load i32, ptr %3, align 4
  %36 = getelementptr inbounds nuw [64 x ptr], ptr @table, i32 0, i32 %35
  store ptr %34, ptr %36, align 4
  br label %37

37:                                               ; preds = %33, %28
  %38 = load i32, ptr %3, align 4
  %39 = getelementptr inbounds nuw [64 x i32], ptr @counts, i32 0, i32 %38
  %40 = load i32, ptr %39, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %39, align 4
  %42 = load i32, ptr %4, align 4
  ret i32 %42
}

; Function Attrs: nounwind
declare i32 @strcmp(ptr noundef, ptr noundef) #3

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #3 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
!5 = distinct !{!5, !3}
!6 = distinct !{!6, !3}
!7 = distinct !{!7, !3}
!8 = distinct !{!8, !3}
!9 = distinct !{!9, !3}
!10 = distinct !{!10, !3}
!11 = distinct !{!11, !3}
!12 = distinct !{!12, !3}
!13 = distinct !{!13, !3}
!14 = distinct !{!14, !3}
