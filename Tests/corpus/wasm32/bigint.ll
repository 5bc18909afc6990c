; ModuleID = 'bigint.c'
source_filename = "bigint.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Big = type { [40 x i32], i32 }

@.str = private unnamed_addr constant [5 x i8] c"100!\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"limbs %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"2^512\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"fib301\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"100! mod p %u\0A\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"%s \00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
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
  br label %11, !llvm.loop !2

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
  br label %23, !llvm.loop !4

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
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %6, ptr align 4 %7, i32 164, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %7, ptr align 4 %8, i32 164, i1 false)
  br label %35

35:                                               ; preds = %34
  %36 = load i32, ptr %9, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %9, align 4
  br label %31, !llvm.loop !5

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

; Function Attrs: noinline nounwind optnone
define internal void @big_set(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 4
  call void @llvm.memset.p0.i32(ptr align 4 %5, i8 0, i32 164, i1 false)
  %6 = load i32, ptr %4, align 4
  %7 = load ptr, ptr %3, align 4
  %8 = getelementptr inbounds nuw %struct.Big, ptr %7, i32 0, i32 0
  %9 = getelementptr inbounds [40 x i32], ptr %8, i32 0, i32 0
  store i32 %6, ptr %9, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp ne i32 %10, 0
  %12 = zext i1 %11 to i64
  %13 = select i1 %11, i32 1, i32 0
  %14 = load ptr, ptr %3, align 4
  %15 = getelementptr inbounds nuw %struct.Big, ptr %14, i32 0, i32 1
  store i32 %13, ptr %15, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @big_mul_small(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %34, %2
  %9 = load i32, ptr %6, align 4
  %10 = load ptr, ptr %3, align 4
  %11 = getelementptr inbounds nuw %struct.Big, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 4
  %13 = icmp slt i32 %9, %12
  br i1 %13, label %14, label %37

14:                                               ; preds = %8
  %15 = load ptr, ptr %3, align 4
  %16 = getelementptr inbounds nuw %struct.Big, ptr %15, i32 0, i32 0
  %17 = load i32, ptr %6, align 4
  %18 = getelementptr inbounds [40 x i32], ptr %16, i32 0, i32 %17
  %19 = load i32, ptr %18, align 4
  %20 = zext i32 %19 to i64
  %21 = load i32, ptr %4, align 4
  %22 = zext i32 %21 to i64
  %23 = mul i64 %20, %22
  %24 = load i64, ptr %5, align 8
  %25 = add i64 %23, %24
  store i64 %25, ptr %7, align 8
  %26 = load i64, ptr %7, align 8
  %27 = trunc i64 %26 to i32
  %28 = load ptr, ptr %3, align 4
  %29 = getelementptr inbounds nuw %struct.Big, ptr %28, i32 0, i32 0
  %30 = load i32, ptr %6, align 4
  %31 = getelementptr inbounds [40 x i32], ptr %29, i32 0, i32 %30
  store i32 %27, ptr %31, align 4
  %32 = load i64, ptr %7, align 8
  %33 = lshr i64 %32, 32
  store i64 %33, ptr %5, align 8
  br label %34

34:                                               ; preds = %14
  %35 = load i32, ptr %6, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %6, align 4
  br label %8, !llvm.loop !6

37:                                               ; preds = %8
  %38 = load i64, ptr %5, align 8
  %39 = icmp ne i64 %38, 0
  br i1 %39, label %40, label %50

40:                                               ; preds = %37
  %41 = load i64, ptr %5, align 8
  %42 = trunc i64 %41 to i32
  %43 = load ptr, ptr %3, align 4
  %44 = getelementptr inbounds nuw %struct.Big, ptr %43, i32 0, i32 0
  %45 = load ptr, ptr %3, align 4
  %46 = getelementptr inbounds nuw %struct.Big, ptr %45, i32 0, i32 1
  %47 = load i32, ptr %46, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %46, align 4
  %49 = getelementptr inbounds [40 x i32], ptr %44, i32 0, i32 %47
  store i32 %42, ptr %49, align 4
  br label %50

50:                                               ; preds = %40, %37
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @big_print(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca %struct.Big, align 4
  %6 = alloca [400 x i8], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %10 = load ptr, ptr %4, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %5, ptr align 4 %10, i32 164, i1 false)
  store i32 0, ptr %7, align 4
  %11 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 1
  %12 = load i32, ptr %11, align 4
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %18, label %14

14:                                               ; preds = %2
  %15 = load i32, ptr %7, align 4
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %7, align 4
  %17 = getelementptr inbounds [400 x i8], ptr %6, i32 0, i32 %15
  store i8 48, ptr %17, align 1
  br label %18

18:                                               ; preds = %14, %2
  br label %19

19:                                               ; preds = %41, %18
  %20 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 1
  %21 = load i32, ptr %20, align 4
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %23, label %42

23:                                               ; preds = %19
  %24 = call i32 @big_divmod_small(ptr noundef %5, i32 noundef 1000000000)
  store i32 %24, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %25

25:                                               ; preds = %38, %23
  %26 = load i32, ptr %9, align 4
  %27 = icmp slt i32 %26, 9
  br i1 %27, label %28, label %41

28:                                               ; preds = %25
  %29 = load i32, ptr %8, align 4
  %30 = urem i32 %29, 10
  %31 = add i32 48, %30
  %32 = trunc i32 %31 to i8
  %33 = load i32, ptr %7, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %7, align 4
  %35 = getelementptr inbounds [400 x i8], ptr %6, i32 0, i32 %33
  store i8 %32, ptr %35, align 1
  %36 = load i32, ptr %8, align 4
  %37 = udiv i32 %36, 10
  store i32 %37, ptr %8, align 4
  br label %38

38:                                               ; preds = %28
  %39 = load i32, ptr %9, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %9, align 4
  br label %25, !llvm.loop !7

41:                                               ; preds = %25
  br label %19, !llvm.loop !8

42:                                               ; preds = %19
  br label %43

43:                                               ; preds = %55, %42
  %44 = load i32, ptr %7, align 4
  %45 = icmp sgt i32 %44, 1
  br i1 %45, label %46, label %53

46:                                               ; preds = %43
  %47 = load i32, ptr %7, align 4
  %48 = sub nsw i32 %47, 1
  %49 = getelementptr inbounds [400 x i8], ptr %6, i32 0, i32 %48
  %50 = load i8, ptr %49, align 1
  %51 = sext i8 %50 to i32
  %52 = icmp eq i32 %51, 48
  br label %53

53:                                               ; preds = %46, %43
  %54 = phi i1 [ false, %43 ], [ %52, %46 ]
  br i1 %54, label %55, label %58

55:                                               ; preds = %53
  %56 = load i32, ptr %7, align 4
  %57 = add nsw i32 %56, -1
  store i32 %57, ptr %7, align 4
  br label %43, !llvm.loop !9

58:                                               ; preds = %53
  %59 = load ptr, ptr %3, align 4
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %59)
  br label %61

61:                                               ; preds = %64, %58
  %62 = load i32, ptr %7, align 4
  %63 = icmp ne i32 %62, 0
  br i1 %63, label %64, label %71

64:                                               ; preds = %61
  %65 = load i32, ptr %7, align 4
  %66 = add nsw i32 %65, -1
  store i32 %66, ptr %7, align 4
  %67 = getelementptr inbounds [400 x i8], ptr %6, i32 0, i32 %66
  %68 = load i8, ptr %67, align 1
  %69 = sext i8 %68 to i32
  %70 = call i32 @putchar(i32 noundef %69)
  br label %61, !llvm.loop !10

71:                                               ; preds = %61
  %72 = call i32 @putchar(i32 noundef 10)
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone
define internal void @big_add(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store ptr %2, ptr %6, align 4
  store i64 0, ptr %7, align 8
  %11 = load ptr, ptr %5, align 4
  %12 = getelementptr inbounds nuw %struct.Big, ptr %11, i32 0, i32 1
  %13 = load i32, ptr %12, align 4
  %14 = load ptr, ptr %6, align 4
  %15 = getelementptr inbounds nuw %struct.Big, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %15, align 4
  %17 = icmp sgt i32 %13, %16
  br i1 %17, label %18, label %22

18:                                               ; preds = %3
  %19 = load ptr, ptr %5, align 4
  %20 = getelementptr inbounds nuw %struct.Big, ptr %19, i32 0, i32 1
  %21 = load i32, ptr %20, align 4
  br label %26

22:                                               ; preds = %3
  %23 = load ptr, ptr %6, align 4
  %24 = getelementptr inbounds nuw %struct.Big, ptr %23, i32 0, i32 1
  %25 = load i32, ptr %24, align 4
  br label %26

26:                                               ; preds = %22, %18
  %27 = phi i32 [ %21, %18 ], [ %25, %22 ]
  store i32 %27, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %28

28:                                               ; preds = %56, %26
  %29 = load i32, ptr %9, align 4
  %30 = load i32, ptr %8, align 4
  %31 = icmp slt i32 %29, %30
  br i1 %31, label %32, label %59

32:                                               ; preds = %28
  %33 = load ptr, ptr %5, align 4
  %34 = getelementptr inbounds nuw %struct.Big, ptr %33, i32 0, i32 0
  %35 = load i32, ptr %9, align 4
  %36 = getelementptr inbounds [40 x i32], ptr %34, i32 0, i32 %35
  %37 = load i32, ptr %36, align 4
  %38 = zext i32 %37 to i64
  %39 = load ptr, ptr %6, align 4
  %40 = getelementptr inbounds nuw %struct.Big, ptr %39, i32 0, i32 0
  %41 = load i32, ptr %9, align 4
  %42 = getelementptr inbounds [40 x i32], ptr %40, i32 0, i32 %41
  %43 = load i32, ptr %42, align 4
  %44 = zext i32 %43 to i64
  %45 = add i64 %38, %44
  %46 = load i64, ptr %7, align 8
  %47 = add i64 %45, %46
  store i64 %47, ptr %10, align 8
  %48 = load i64, ptr %10, align 8
  %49 = trunc i64 %48 to i32
  %50 = load ptr, ptr %4, align 4
  %51 = getelementptr inbounds nuw %struct.Big, ptr %50, i32 0, i32 0
  %52 = load i32, ptr %9, align 4
  %53 = getelementptr inbounds [40 x i32], ptr %51, i32 0, i32 %52
  store i32 %49, ptr %53, align 4
  %54 = load i64, ptr %10, align 8
  %55 = lshr i64 %54, 32
  store i64 %55, ptr %7, align 8
  br label %56

56:                                               ; preds = %32
  %57 = load i32, ptr %9, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %9, align 4
  br label %28, !llvm.loop !11

59:                                               ; preds = %28
  %60 = load i32, ptr %8, align 4
  %61 = load ptr, ptr %4, align 4
  %62 = getelementptr inbounds nuw %struct.Big, ptr %61, i32 0, i32 1
  store i32 %60, ptr %62, align 4
  %63 = load i64, ptr %7, align 8
  %64 = icmp ne i64 %63, 0
  br i1 %64, label %65, label %73

65:                                               ; preds = %59
  %66 = load ptr, ptr %4, align 4
  %67 = getelementptr inbounds nuw %struct.Big, ptr %66, i32 0, i32 0
  %68 = load ptr, ptr %4, align 4
  %69 = getelementptr inbounds nuw %struct.Big, ptr %68, i32 0, i32 1
  %70 = load i32, ptr %69, align 4
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %69, align 4
  %72 = getelementptr inbounds [40 x i32], ptr %67, i32 0, i32 %70
  store i32 1, ptr %72, align 4
  br label %73

73:                                               ; preds = %65, %59
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal i32 @big_divmod_small(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  store i64 0, ptr %5, align 8
  %8 = load ptr, ptr %3, align 4
  %9 = getelementptr inbounds nuw %struct.Big, ptr %8, i32 0, i32 1
  %10 = load i32, ptr %9, align 4
  %11 = sub nsw i32 %10, 1
  store i32 %11, ptr %6, align 4
  br label %12

12:                                               ; preds = %38, %2
  %13 = load i32, ptr %6, align 4
  %14 = icmp sge i32 %13, 0
  br i1 %14, label %15, label %41

15:                                               ; preds = %12
  %16 = load i64, ptr %5, align 8
  %17 = shl i64 %16, 32
  %18 = load ptr, ptr %3, align 4
  %19 = getelementptr inbounds nuw %struct.Big, ptr %18, i32 0, i32 0
  %20 = load i32, ptr %6, align 4
  %21 = getelementptr inbounds [40 x i32], ptr %19, i32 0, i32 %20
  %22 = load i32, ptr %21, align 4
  %23 = zext i32 %22 to i64
  %24 = or i64 %17, %23
  store i64 %24, ptr %7, align 8
  %25 = load i64, ptr %7, align 8
  %26 = load i32, ptr %4, align 4
  %27 = zext i32 %26 to i64
  %28 = udiv i64 %25, %27
  %29 = trunc i64 %28 to i32
  %30 = load ptr, ptr %3, align 4
  %31 = getelementptr inbounds nuw %struct.Big, ptr %30, i32 0, i32 0
  %32 = load i32, ptr %6, align 4
  %33 = getelementptr inbounds [40 x i32], ptr %31, i32 0, i32 %32
  store i32 %29, ptr %33, align 4
  %34 = load i64, ptr %7, align 8
  %35 = load i32, ptr %4, align 4
  %36 = zext i32 %35 to i64
  %37 = urem i64 %34, %36
  store i64 %37, ptr %5, align 8
  br label %38

38:                                               ; preds = %15
  %39 = load i32, ptr %6, align 4
  %40 = add nsw i32 %39, -1
  store i32 %40, ptr %6, align 4
  br label %12, !llvm.loop !12

41:                                               ; preds = %12
  br label %42

42:                                               ; preds = %60, %41
  %43 = load ptr, ptr %3, align 4
  %44 = getelementptr inbounds nuw %struct.Big, ptr %43, i32 0, i32 1
  %45 = load i32, ptr %44, align 4
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %47, label %58

47:                                               ; preds = %42
  %48 = load ptr, ptr %3, align 4
  %49 = getelementptr inbounds nuw %struct.Big, ptr %48, i32 0, i32 0
  %50 = load ptr, ptr %3, align 4
  %51 = getelementptr inbounds nuw %struct.Big, ptr %50, i32 0, i32 1
  %52 = load i32, ptr %51, align 4
  %53 = sub nsw i32 %52, 1
  %54 = getelementptr inbounds [40 x i32], ptr %49, i32 0, i32 %53
  %55 = load i32, ptr %54, align 4
  %56 = icmp ne i32 %55, 0
  %57 = xor i1 %56, true
  br label %58

58:                                               ; preds = %47, %42
  %59 = phi i1 [ false, %42 ], [ %57, %47 ]
  br i1 %59, label %60, label %65

60:                                               ; preds = %58
  %61 = load ptr, ptr %3, align 4
  %62 = getelementptr inbounds nuw %struct.Big, ptr %61, i32 0, i32 1
  %63 = load i32, ptr %62, align 4
  %64 = add nsw i32 %63, -1
  store i32 %64, ptr %62, align 4
  br label %42, !llvm.loop !13

65:                                               ; preds = %58
  %66 = load i64, ptr %5, align 8
  %67 = trunc i64 %66 to i32
  ret i32 %67
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #3

declare i32 @putchar(i32 noundef) #1

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
