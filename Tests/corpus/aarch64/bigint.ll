; ModuleID = 'bigint.c'
source_filename = "bigint.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Big = type { [40 x i32], i32 }

@.str = private unnamed_addr constant [5 x i8] c"100!\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"limbs %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"2^512\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"fib301\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"100! mod p %u\0A\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"%s \00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Big, align 4
  %3 = alloca i32, align 4
  %4 = alloca %struct.Big, align 4
  %5 = alloca i32, align 4
  %6 = alloca %struct.Big, align 4
  %7 = alloca %struct.Big, align 4
  %8 = alloca %struct.Big, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @big_set(ptr noundef %2, i32 noundef 1)
  store i32 2, ptr %3, align 4
  br label %11

11:                                               ; preds = %16, %0
  %12 = load i32, ptr %3, align 4
  %13 = icmp ule i32 %12, 100
  br i1 %13, label %14, label %19

14:                                               ; preds = %11
  %15 = load i32, ptr %3, align 4
  call void @big_mul_small(ptr noundef %2, i32 noundef %15)
  br label %16

16:                                               ; preds = %14
  %17 = load i32, ptr %3, align 4
  %18 = add i32 %17, 1
  store i32 %18, ptr %3, align 4
  br label %11, !llvm.loop !6

19:                                               ; preds = %11
  call void @big_print(ptr noundef @.str, ptr noundef %2)
  %20 = getelementptr inbounds nuw %struct.Big, ptr %2, i32 0, i32 1
  %21 = load i32, ptr %20, align 4
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %21)
  call void @big_set(ptr noundef %4, i32 noundef 1)
  store i32 0, ptr %5, align 4
  br label %23

23:                                               ; preds = %27, %19
  %24 = load i32, ptr %5, align 4
  %25 = icmp slt i32 %24, 512
  br i1 %25, label %26, label %30

26:                                               ; preds = %23
  call void @big_mul_small(ptr noundef %4, i32 noundef 2)
  br label %27

27:                                               ; preds = %26
  %28 = load i32, ptr %5, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %5, align 4
  br label %23, !llvm.loop !8

30:                                               ; preds = %23
  call void @big_print(ptr noundef @.str.2, ptr noundef %4)
  call void @big_set(ptr noundef %6, i32 noundef 0)
  call void @big_set(ptr noundef %7, i32 noundef 1)
  call void @big_set(ptr noundef %8, i32 noundef 0)
  store i32 0, ptr %9, align 4
  br label %31

31:                                               ; preds = %35, %30
  %32 = load i32, ptr %9, align 4
  %33 = icmp slt i32 %32, 300
  br i1 %33, label %34, label %38

34:                                               ; preds = %31
  call void @big_add(ptr noundef %8, ptr noundef %6, ptr noundef %7)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 %7, i64 164, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %7, ptr align 4 %8, i64 164, i1 false)
  br label %35

35:                                               ; preds = %34
  %36 = load i32, ptr %9, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %9, align 4
  br label %31, !llvm.loop !9

38:                                               ; preds = %31
  call void @big_print(ptr noundef @.str.3, ptr noundef %7)
  %39 = call i32 @big_divmod_small(ptr noundef %2, i32 noundef 1000000007)
  store i32 %39, ptr %10, align 4
  %40 = load i32, ptr %10, align 4
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %40)
  %42 = load i32, ptr %10, align 4
  %43 = urem i32 %42, 100
  ret i32 %43
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @big_set(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  call void @llvm.memset.p0.i64(ptr align 4 %5, i8 0, i64 164, i1 false)
  %6 = load i32, ptr %4, align 4
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds nuw %struct.Big, ptr %7, i32 0, i32 0
  %9 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 0
  store i32 %6, ptr %9, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp ne i32 %10, 0
  %12 = zext i1 %11 to i64
  %13 = select i1 %11, i32 1, i32 0
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds nuw %struct.Big, ptr %14, i32 0, i32 1
  store i32 %13, ptr %15, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @big_mul_small(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %36, %2
  %9 = load i32, ptr %6, align 4
  %10 = load ptr, ptr %3, align 8
  %11 = getelementptr inbounds nuw %struct.Big, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 4
  %13 = icmp slt i32 %9, %12
  br i1 %13, label %14, label %39

14:                                               ; preds = %8
  %15 = load ptr, ptr %3, align 8
  %16 = getelementptr inbounds nuw %struct.Big, ptr %15, i32 0, i32 0
  %17 = load i32, ptr %6, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [40 x i32], ptr %16, i64 0, i64 %18
  %20 = load i32, ptr %19, align 4
  %21 = zext i32 %20 to i64
  %22 = load i32, ptr %4, align 4
  %23 = zext i32 %22 to i64
  %24 = mul i64 %21, %23
  %25 = load i64, ptr %5, align 8
  %26 = add i64 %24, %25
  store i64 %26, ptr %7, align 8
  %27 = load i64, ptr %7, align 8
  %28 = trunc i64 %27 to i32
  %29 = load ptr, ptr %3, align 8
  %30 = getelementptr inbounds nuw %struct.Big, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %6, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [40 x i32], ptr %30, i64 0, i64 %32
  store i32 %28, ptr %33, align 4
  %34 = load i64, ptr %7, align 8
  %35 = lshr i64 %34, 32
  store i64 %35, ptr %5, align 8
  br label %36

36:                                               ; preds = %14
  %37 = load i32, ptr %6, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %6, align 4
  br label %8, !llvm.loop !10

39:                                               ; preds = %8
  %40 = load i64, ptr %5, align 8
  %41 = icmp ne i64 %40, 0
  br i1 %41, label %42, label %53

42:                                               ; preds = %39
  %43 = load i64, ptr %5, align 8
  %44 = trunc i64 %43 to i32
  %45 = load ptr, ptr %3, align 8
  %46 = getelementptr inbounds nuw %struct.Big, ptr %45, i32 0, i32 0
  %47 = load ptr, ptr %3, align 8
  %48 = getelementptr inbounds nuw %struct.Big, ptr %47, i32 0, i32 1
  %49 = load i32, ptr %48, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %48, align 4
  %51 = sext i32 %49 to i64
  %52 = getelementptr inbounds [40 x i32], ptr %46, i64 0, i64 %51
  store i32 %44, ptr %52, align 4
  br label %53

53:                                               ; preds = %42, %39
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @big_print(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %struct.Big, align 4
  %6 = alloca [400 x i8], align 1
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %10 = load ptr, ptr %4, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 %10, i64 164, i1 false)
  store i32 0, ptr %7, align 4
  %11 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 1
  %12 = load i32, ptr %11, align 4
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %19, label %14

14:                                               ; preds = %2
  %15 = load i32, ptr %7, align 4
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %7, align 4
  %17 = sext i32 %15 to i64
  %18 = getelementptr inbounds [400 x i8], ptr %6, i64 0, i64 %17
  store i8 48, ptr %18, align 1
  br label %19

19:                                               ; preds = %14, %2
  br label %20

20:                                               ; preds = %43, %19
  %21 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 1
  %22 = load i32, ptr %21, align 4
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %24, label %44

24:                                               ; preds = %20
  %25 = call i32 @big_divmod_small(ptr noundef %5, i32 noundef 1000000000)
  store i32 %25, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %26

26:                                               ; preds = %40, %24
  %27 = load i32, ptr %9, align 4
  %28 = icmp slt i32 %27, 9
  br i1 %28, label %29, label %43

29:                                               ; preds = %26
  %30 = load i32, ptr %8, align 4
  %31 = urem i32 %30, 10
  %32 = add i32 48, %31
  %33 = trunc i32 %32 to i8
  %34 = load i32, ptr %7, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %7, align 4
  %36 = sext i32 %34 to i64
  %37 = getelementptr inbounds [400 x i8], ptr %6, i64 0, i64 %36
  store i8 %33, ptr %37, align 1
  %38 = load i32, ptr %8, align 4
  %39 = udiv i32 %38, 10
  store i32 %39, ptr %8, align 4
  br label %40

40:                                               ; preds = %29
  %41 = load i32, ptr %9, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %9, align 4
  br label %26, !llvm.loop !11

43:                                               ; preds = %26
  br label %20, !llvm.loop !12

44:                                               ; preds = %20
  br label %45

45:                                               ; preds = %58, %44
  %46 = load i32, ptr %7, align 4
  %47 = icmp sgt i32 %46, 1
  br i1 %47, label %48, label %56

48:                                               ; preds = %45
  %49 = load i32, ptr %7, align 4
  %50 = sub nsw i32 %49, 1
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [400 x i8], ptr %6, i64 0, i64 %51
  %53 = load i8, ptr %52, align 1
  %54 = zext i8 %53 to i32
  %55 = icmp eq i32 %54, 48
  br label %56

56:                                               ; preds = %48, %45
  %57 = phi i1 [ false, %45 ], [ %55, %48 ]
  br i1 %57, label %58, label %61

58:                                               ; preds = %56
  %59 = load i32, ptr %7, align 4
  %60 = add nsw i32 %59, -1
  store i32 %60, ptr %7, align 4
  br label %45, !llvm.loop !13

61:                                               ; preds = %56
  %62 = load ptr, ptr %3, align 8
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %62)
  br label %64

64:                                               ; preds = %67, %61
  %65 = load i32, ptr %7, align 4
  %66 = icmp ne i32 %65, 0
  br i1 %66, label %67, label %75

67:                                               ; preds = %64
  %68 = load i32, ptr %7, align 4
  %69 = add nsw i32 %68, -1
  store i32 %69, ptr %7, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [400 x i8], ptr %6, i64 0, i64 %70
  %72 = load i8, ptr %71, align 1
  %73 = zext i8 %72 to i32
  %74 = call i32 @putchar(i32 noundef %73)
  br label %64, !llvm.loop !14

75:                                               ; preds = %64
  %76 = call i32 @putchar(i32 noundef 10)
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @big_add(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i64 0, ptr %7, align 8
  %11 = load ptr, ptr %5, align 8
  %12 = getelementptr inbounds nuw %struct.Big, ptr %11, i32 0, i32 1
  %13 = load i32, ptr %12, align 4
  %14 = load ptr, ptr %6, align 8
  %15 = getelementptr inbounds nuw %struct.Big, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %15, align 4
  %17 = icmp sgt i32 %13, %16
  br i1 %17, label %18, label %22

18:                                               ; preds = %3
  %19 = load ptr, ptr %5, align 8
  %20 = getelementptr inbounds nuw %struct.Big, ptr %19, i32 0, i32 1
  %21 = load i32, ptr %20, align 4
  br label %26

22:                                               ; preds = %3
  %23 = load ptr, ptr %6, align 8
  %24 = getelementptr inbounds nuw %struct.Big, ptr %23, i32 0, i32 1
  %25 = load i32, ptr %24, align 4
  br label %26

26:                                               ; preds = %22, %18
  %27 = phi i32 [ %21, %18 ], [ %25, %22 ]
  store i32 %27, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %28

28:                                               ; preds = %59, %26
  %29 = load i32, ptr %9, align 4
  %30 = load i32, ptr %8, align 4
  %31 = icmp slt i32 %29, %30
  br i1 %31, label %32, label %62

32:                                               ; preds = %28
  %33 = load ptr, ptr %5, align 8
  %34 = getelementptr inbounds nuw %struct.Big, ptr %33, i32 0, i32 0
  %35 = load i32, ptr %9, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [40 x i32], ptr %34, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4
  %39 = zext i32 %38 to i64
  %40 = load ptr, ptr %6, align 8
  %41 = getelementptr inbounds nuw %struct.Big, ptr %40, i32 0, i32 0
  %42 = load i32, ptr %9, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [40 x i32], ptr %41, i64 0, i64 %43
  %45 = load i32, ptr %44, align 4
  %46 = zext i32 %45 to i64
  %47 = add i64 %39, %46
  %48 = load i64, ptr %7, align 8
  %49 = add i64 %47, %48
  store i64 %49, ptr %10, align 8
  %50 = load i64, ptr %10, align 8
  %51 = trunc i64 %50 to i32
  %52 = load ptr, ptr %4, align 8
  %53 = getelementptr inbounds nuw %struct.Big, ptr %52, i32 0, i32 0
  %54 = load i32, ptr %9, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [40 x i32], ptr %53, i64 0, i64 %55
  store i32 %51, ptr %56, align 4
  %57 = load i64, ptr %10, align 8
  %58 = lshr i64 %57, 32
  store i64 %58, ptr %7, align 8
  br label %59

59:                                               ; preds = %32
  %60 = load i32, ptr %9, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %9, align 4
  br label %28, !llvm.loop !15

62:                                               ; preds = %28
  %63 = load i32, ptr %8, align 4
  %64 = load ptr, ptr %4, align 8
  %65 = getelementptr inbounds nuw %struct.Big, ptr %64, i32 0, i32 1
  store i32 %63, ptr %65, align 4
  %66 = load i64, ptr %7, align 8
  %67 = icmp ne i64 %66, 0
  br i1 %67, label %68, label %77

68:                                               ; preds = %62
  %69 = load ptr, ptr %4, align 8
  %70 = getelementptr inbounds nuw %struct.Big, ptr %69, i32 0, i32 0
  %71 = load ptr, ptr %4, align 8
  %72 = getelementptr inbounds nuw %struct.Big, ptr %71, i32 0, i32 1
  %73 = load i32, ptr %72, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %72, align 4
  %75 = sext i32 %73 to i64
  %76 = getelementptr inbounds [40 x i32], ptr %70, i64 0, i64 %75
  store i32 1, ptr %76, align 4
  br label %77

77:                                               ; preds = %68, %62
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @big_divmod_small(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i64 0, ptr %5, align 8
  %8 = load ptr, ptr %3, align 8
  %9 = getelementptr inbounds nuw %struct.Big, ptr %8, i32 0, i32 1
  %10 = load i32, ptr %9, align 4
  %11 = sub nsw i32 %10, 1
  store i32 %11, ptr %6, align 4
  br label %12

12:                                               ; preds = %40, %2
  %13 = load i32, ptr %6, align 4
  %14 = icmp sge i32 %13, 0
  br i1 %14, label %15, label %43

15:                                               ; preds = %12
  %16 = load i64, ptr %5, align 8
  %17 = shl i64 %16, 32
  %18 = load ptr, ptr %3, align 8
  %19 = getelementptr inbounds nuw %struct.Big, ptr %18, i32 0, i32 0
  %20 = load i32, ptr %6, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [40 x i32], ptr %19, i64 0, i64 %21
  %23 = load i32, ptr %22, align 4
  %24 = zext i32 %23 to i64
  %25 = or i64 %17, %24
  store i64 %25, ptr %7, align 8
  %26 = load i64, ptr %7, align 8
  %27 = load i32, ptr %4, align 4
  %28 = zext i32 %27 to i64
  %29 = udiv i64 %26, %28
  %30 = trunc i64 %29 to i32
  %31 = load ptr, ptr %3, align 8
  %32 = getelementptr inbounds nuw %struct.Big, ptr %31, i32 0, i32 0
  %33 = load i32, ptr %6, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [40 x i32], ptr %32, i64 0, i64 %34
  store i32 %30, ptr %35, align 4
  %36 = load i64, ptr %7, align 8
  %37 = load i32, ptr %4, align 4
  %38 = zext i32 %37 to i64
  %39 = urem i64 %36, %38
  store i64 %39, ptr %5, align 8
  br label %40

40:                                               ; preds = %15
  %41 = load i32, ptr %6, align 4
  %42 = add nsw i32 %41, -1
  store i32 %42, ptr %6, align 4
  br label %12, !llvm.loop !16

43:                                               ; preds = %12
  br label %44

44:                                               ; preds = %63, %43
  %45 = load ptr, ptr %3, align 8
  %46 = getelementptr inbounds nuw %struct.Big, ptr %45, i32 0, i32 1
  %47 = load i32, ptr %46, align 4
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %49, label %61

49:                                               ; preds = %44
  %50 = load ptr, ptr %3, align 8
  %51 = getelementptr inbounds nuw %struct.Big, ptr %50, i32 0, i32 0
  %52 = load ptr, ptr %3, align 8
  %53 = getelementptr inbounds nuw %struct.Big, ptr %52, i32 0, i32 1
  %54 = load i32, ptr %53, align 4
  %55 = sub nsw i32 %54, 1
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [40 x i32], ptr %51, i64 0, i64 %56
  %58 = load i32, ptr %57, align 4
  %59 = icmp ne i32 %58, 0
  %60 = xor i1 %59, true
  br label %61

61:                                               ; preds = %49, %44
  %62 = phi i1 [ false, %44 ], [ %60, %49 ]
  br i1 %62, label %63, label %68

63:                                               ; preds = %61
  %64 = load ptr, ptr %3, align 8
  %65 = getelementptr inbounds nuw %struct.Big, ptr %64, i32 0, i32 1
  %66 = load i32, ptr %65, align 4
  %67 = add nsw i32 %66, -1
  store i32 %67, ptr %65, align 4
  br label %44, !llvm.loop !17

68:                                               ; preds = %61
  %69 = load i64, ptr %5, align 8
  %70 = trunc i64 %69 to i32
  ret i32 %70
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

declare i32 @putchar(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
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
