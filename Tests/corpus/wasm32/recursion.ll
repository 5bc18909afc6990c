; ModuleID = 'recursion.c'
source_filename = "recursion.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [11 x i8] c"fib %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"ack %u %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"gcd %lld %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"hanoi %d\0A\00", align 1
@moves = internal global i32 0, align 4
@.str.4 = private unnamed_addr constant [19 x i8] c"even %d %d odd %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [15 x i8] c"eval %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"1+2*3\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"(1+2)*3-4/2\00", align 1
@.str.8 = private unnamed_addr constant [21 x i8] c"-(7*(2+3))+100/(3+2)\00", align 1
@__const.main.a = private unnamed_addr constant [6 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5, i32 6], align 16
@.str.9 = private unnamed_addr constant [14 x i8] c"perm %d %lld\0A\00", align 1
@perm_count = internal global i32 0, align 4
@src = internal global ptr null, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x i32], align 16
  %3 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  %4 = call i32 @fib(i32 noundef 20)
  %5 = call i32 @fib(i32 noundef 24)
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %4, i32 noundef %5)
  %7 = call i32 @ack(i32 noundef 2, i32 noundef 3)
  %8 = call i32 @ack(i32 noundef 3, i32 noundef 4)
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %7, i32 noundef %8)
  %10 = call i64 @gcd(i64 noundef 1071, i64 noundef 462)
  %11 = call i64 @gcd(i64 noundef 9223372036854775806, i64 noundef 6148914691236517204)
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %10, i64 noundef %11)
  call void @hanoi(i32 noundef 12, i32 noundef 1, i32 noundef 3, i32 noundef 2)
  %13 = load i32, ptr @moves, align 4
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %13)
  %15 = call i32 @is_even(i32 noundef 1000)
  %16 = call i32 @is_even(i32 noundef 777)
  %17 = call i32 @is_odd(i32 noundef 333)
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %15, i32 noundef %16, i32 noundef %17)
  %19 = call i32 @eval(ptr noundef @.str.6)
  %20 = call i32 @eval(ptr noundef @.str.7)
  %21 = call i32 @eval(ptr noundef @.str.8)
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %19, i32 noundef %20, i32 noundef %21)
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %2, ptr align 16 @__const.main.a, i32 24, i1 false)
  store i64 0, ptr %3, align 8
  %23 = getelementptr inbounds [6 x i32], ptr %2, i32 0, i32 0
  call void @permute(ptr noundef %23, i32 noundef 0, i32 noundef 6, ptr noundef %3)
  %24 = load i32, ptr @perm_count, align 4
  %25 = load i64, ptr %3, align 8
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %24, i64 noundef %25)
  %27 = call i32 @fib(i32 noundef 10)
  %28 = srem i32 %27, 50
  ret i32 %28
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @fib(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp slt i32 %3, 2
  br i1 %4, label %5, label %7

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4
  br label %15

7:                                                ; preds = %1
  %8 = load i32, ptr %2, align 4
  %9 = sub nsw i32 %8, 1
  %10 = call i32 @fib(i32 noundef %9)
  %11 = load i32, ptr %2, align 4
  %12 = sub nsw i32 %11, 2
  %13 = call i32 @fib(i32 noundef %12)
  %14 = add nsw i32 %10, %13
  br label %15

15:                                               ; preds = %7, %5
  %16 = phi i32 [ %6, %5 ], [ %14, %7 ]
  ret i32 %16
}

; Function Attrs: noinline nounwind optnone
define internal i32 @ack(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %6 = load i32, ptr %4, align 4
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i32, ptr %5, align 4
  %10 = add i32 %9, 1
  store i32 %10, ptr %3, align 4
  br label %26

11:                                               ; preds = %2
  %12 = load i32, ptr %5, align 4
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %18

14:                                               ; preds = %11
  %15 = load i32, ptr %4, align 4
  %16 = sub i32 %15, 1
  %17 = call i32 @ack(i32 noundef %16, i32 noundef 1)
  store i32 %17, ptr %3, align 4
  br label %26

18:                                               ; preds = %11
  %19 = load i32, ptr %4, align 4
  %20 = sub i32 %19, 1
  %21 = load i32, ptr %4, align 4
  %22 = load i32, ptr %5, align 4
  %23 = sub i32 %22, 1
  %24 = call i32 @ack(i32 noundef %21, i32 noundef %23)
  %25 = call i32 @ack(i32 noundef %20, i32 noundef %24)
  store i32 %25, ptr %3, align 4
  br label %26

26:                                               ; preds = %18, %14, %8
  %27 = load i32, ptr %3, align 4
  ret i32 %27
}

; Function Attrs: noinline nounwind optnone
define internal i64 @gcd(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %2
  %8 = load i64, ptr %3, align 8
  br label %15

9:                                                ; preds = %2
  %10 = load i64, ptr %4, align 8
  %11 = load i64, ptr %3, align 8
  %12 = load i64, ptr %4, align 8
  %13 = srem i64 %11, %12
  %14 = call i64 @gcd(i64 noundef %10, i64 noundef %13)
  br label %15

15:                                               ; preds = %9, %7
  %16 = phi i64 [ %8, %7 ], [ %14, %9 ]
  ret i64 %16
}

; Function Attrs: noinline nounwind optnone
define internal void @hanoi(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store i32 %3, ptr %8, align 4
  %9 = load i32, ptr %5, align 4
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %11, label %12

11:                                               ; preds = %4
  br label %25

12:                                               ; preds = %4
  %13 = load i32, ptr %5, align 4
  %14 = sub nsw i32 %13, 1
  %15 = load i32, ptr %6, align 4
  %16 = load i32, ptr %8, align 4
  %17 = load i32, ptr %7, align 4
  call void @hanoi(i32 noundef %14, i32 noundef %15, i32 noundef %16, i32 noundef %17)
  %18 = load i32, ptr @moves, align 4
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr @moves, align 4
  %20 = load i32, ptr %5, align 4
  %21 = sub nsw i32 %20, 1
  %22 = load i32, ptr %8, align 4
  %23 = load i32, ptr %7, align 4
  %24 = load i32, ptr %6, align 4
  call void @hanoi(i32 noundef %21, i32 noundef %22, i32 noundef %23, i32 noundef %24)
  br label %25

25:                                               ; preds = %12, %11
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @is_even(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  br label %10

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4
  %8 = sub i32 %7, 1
  %9 = call i32 @is_odd(i32 noundef %8)
  br label %10

10:                                               ; preds = %6, %5
  %11 = phi i32 [ 1, %5 ], [ %9, %6 ]
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone
define internal i32 @is_odd(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  br label %10

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4
  %8 = sub i32 %7, 1
  %9 = call i32 @is_even(i32 noundef %8)
  br label %10

10:                                               ; preds = %6, %5
  %11 = phi i32 [ 0, %5 ], [ %9, %6 ]
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone
define internal i32 @eval(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load ptr, ptr %2, align 4
  store ptr %3, ptr @src, align 4
  %4 = call i32 @expr()
  ret i32 %4
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal void @permute(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 4
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store ptr %3, ptr %8, align 4
  %13 = load i32, ptr %6, align 4
  %14 = load i32, ptr %7, align 4
  %15 = icmp eq i32 %13, %14
  br i1 %15, label %16, label %41

16:                                               ; preds = %4
  %17 = load i32, ptr @perm_count, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr @perm_count, align 4
  store i64 0, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %19

19:                                               ; preds = %32, %16
  %20 = load i32, ptr %10, align 4
  %21 = load i32, ptr %7, align 4
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %23, label %35

23:                                               ; preds = %19
  %24 = load i64, ptr %9, align 8
  %25 = mul nsw i64 %24, 10
  %26 = load ptr, ptr %5, align 4
  %27 = load i32, ptr %10, align 4
  %28 = getelementptr inbounds i32, ptr %26, i32 %27
  %29 = load i32, ptr %28, align 4
  %30 = sext i32 %29 to i64
  %31 = add nsw i64 %25, %30
  store i64 %31, ptr %9, align 8
  br label %32

32:                                               ; preds = %23
  %33 = load i32, ptr %10, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %10, align 4
  br label %19, !llvm.loop !2

35:                                               ; preds = %19
  %36 = load i64, ptr %9, align 8
  %37 = srem i64 %36, 97
  %38 = load ptr, ptr %8, align 4
  %39 = load i64, ptr %38, align 8
  %40 = add nsw i64 %39, %37
  store i64 %40, ptr %38, align 8
  br label %86

41:                                               ; preds = %4
  %42 = load i32, ptr %6, align 4
  store i32 %42, ptr %11, align 4
  br label %43

43:                                               ; preds = %83, %41
  %44 = load i32, ptr %11, align 4
  %45 = load i32, ptr %7, align 4
  %46 = icmp slt i32 %44, %45
  br i1 %46, label %47, label %86

47:                                               ; preds = %43
  %48 = load ptr, ptr %5, align 4
  %49 = load i32, ptr %6, align 4
  %50 = getelementptr inbounds i32, ptr %48, i32 %49
  %51 = load i32, ptr %50, align 4
  store i32 %51, ptr %12, align 4
  %52 = load ptr, ptr %5, align 4
  %53 = load i32, ptr %11, align 4
  %54 = getelementptr inbounds i32, ptr %52, i32 %53
  %55 = load i32, ptr %54, align 4
  %56 = load ptr, ptr %5, align 4
  %57 = load i32, ptr %6, align 4
  %58 = getelementptr inbounds i32, ptr %56, i32 %57
  store i32 %55, ptr %58, align 4
  %59 = load i32, ptr %12, align 4
  %60 = load ptr, ptr %5, align 4
  %61 = load i32, ptr %11, align 4
  %62 = getelementptr inbounds i32, ptr %60, i32 %61
  store i32 %59, ptr %62, align 4
  %63 = load ptr, ptr %5, align 4
  %64 = load i32, ptr %6, align 4
  %65 = add nsw i32 %64, 1
  %66 = load i32, ptr %7, align 4
  %67 = load ptr, ptr %8, align 4
  call void @permute(ptr noundef %63, i32 noundef %65, i32 noundef %66, ptr noundef %67)
  %68 = load ptr, ptr %5, align 4
  %69 = load i32, ptr %6, align 4
  %70 = getelementptr inbounds i32, ptr %68, i32 %69
  %71 = load i32, ptr %70, align 4
  store i32 %71, ptr %12, align 4
  %72 = load ptr, ptr %5, align 4
  %73 = load i32, ptr %11, align 4
  %74 = getelementptr inbounds i32, ptr %72, i32 %73
  %75 = load i32, ptr %74, align 4
  %76 = load ptr, ptr %5, align 4
  %77 = load i32, ptr %6, align 4
  %78 = getelementptr inbounds i32, ptr %76, i32 %77
  store i32 %75, ptr %78, align 4
  %79 = load i32, ptr %12, align 4
  %80 = load ptr, ptr %5, align 4
  %81 = load i32, ptr %11, align 4
  %82 = getelementptr inbounds i32, ptr %80, i32 %81
  store i32 %79, ptr %82, align 4
  br label %83

83:                                               ; preds = %47
  %84 = load i32, ptr %11, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %11, align 4
  br label %43, !llvm.loop !4

86:                                               ; preds = %35, %43
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @expr() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i32, align 4
  %4 = call i32 @term()
  store i32 %4, ptr %1, align 4
  br label %5

5:                                                ; preds = %33, %0
  %6 = load ptr, ptr @src, align 4
  %7 = load i8, ptr %6, align 1
  %8 = sext i8 %7 to i32
  %9 = icmp eq i32 %8, 43
  br i1 %9, label %15, label %10

10:                                               ; preds = %5
  %11 = load ptr, ptr @src, align 4
  %12 = load i8, ptr %11, align 1
  %13 = sext i8 %12 to i32
  %14 = icmp eq i32 %13, 45
  br label %15

15:                                               ; preds = %10, %5
  %16 = phi i1 [ true, %5 ], [ %14, %10 ]
  br i1 %16, label %17, label %35

17:                                               ; preds = %15
  %18 = load ptr, ptr @src, align 4
  %19 = getelementptr inbounds nuw i8, ptr %18, i32 1
  store ptr %19, ptr @src, align 4
  %20 = load i8, ptr %18, align 1
  store i8 %20, ptr %2, align 1
  %21 = call i32 @term()
  store i32 %21, ptr %3, align 4
  %22 = load i8, ptr %2, align 1
  %23 = sext i8 %22 to i32
  %24 = icmp eq i32 %23, 43
  br i1 %24, label %25, label %29

25:                                               ; preds = %17
  %26 = load i32, ptr %1, align 4
  %27 = load i32, ptr %3, align 4
  %28 = add nsw i32 %26, %27
  br label %33

29:                                               ; preds = %17
  %30 = load i32, ptr %1, align 4
  %31 = load i32, ptr %3, align 4
  %32 = sub nsw i32 %30, %31
  br label %33

33:                                               ; preds = %29, %25
  %34 = phi i32 [ %28, %25 ], [ %32, %29 ]
  store i32 %34, ptr %1, align 4
  br label %5, !llvm.loop !5

35:                                               ; preds = %15
  %36 = load i32, ptr %1, align 4
  ret i32 %36
}

; Function Attrs: noinline nounwind optnone
define internal i32 @term() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i32, align 4
  %4 = call i32 @factor()
  store i32 %4, ptr %1, align 4
  br label %5

5:                                                ; preds = %33, %0
  %6 = load ptr, ptr @src, align 4
  %7 = load i8, ptr %6, align 1
  %8 = sext i8 %7 to i32
  %9 = icmp eq i32 %8, 42
  br i1 %9, label %15, label %10

10:                                               ; preds = %5
  %11 = load ptr, ptr @src, align 4
  %12 = load i8, ptr %11, align 1
  %13 = sext i8 %12 to i32
  %14 = icmp eq i32 %13, 47
  br label %15

15:                                               ; preds = %10, %5
  %16 = phi i1 [ true, %5 ], [ %14, %10 ]
  br i1 %16, label %17, label %35

17:                                               ; preds = %15
  %18 = load ptr, ptr @src, align 4
  %19 = getelementptr inbounds nuw i8, ptr %18, i32 1
  store ptr %19, ptr @src, align 4
  %20 = load i8, ptr %18, align 1
  store i8 %20, ptr %2, align 1
  %21 = call i32 @factor()
  store i32 %21, ptr %3, align 4
  %22 = load i8, ptr %2, align 1
  %23 = sext i8 %22 to i32
  %24 = icmp eq i32 %23, 42
  br i1 %24, label %25, label %29

25:                                               ; preds = %17
  %26 = load i32, ptr %1, align 4
  %27 = load i32, ptr %3, align 4
  %28 = mul nsw i32 %26, %27
  br label %33

29:                                               ; preds = %17
  %30 = load i32, ptr %1, align 4
  %31 = load i32, ptr %3, align 4
  %32 = sdiv i32 %30, %31
  br label %33

33:                                               ; preds = %29, %25
  %34 = phi i32 [ %28, %25 ], [ %32, %29 ]
  store i32 %34, ptr %1, align 4
  br label %5, !llvm.loop !6

35:                                               ; preds = %15
  %36 = load i32, ptr %1, align 4
  ret i32 %36
}

; Function Attrs: noinline nounwind optnone
define internal i32 @factor() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = load ptr, ptr @src, align 4
  %4 = load i8, ptr %3, align 1
  %5 = sext i8 %4 to i32
  %6 = icmp eq i32 %5, 40
  br i1 %6, label %7, label %14

7:                                                ; preds = %0
  %8 = load ptr, ptr @src, align 4
  %9 = getelementptr inbounds nuw i8, ptr %8, i32 1
  store ptr %9, ptr @src, align 4
  %10 = call i32 @expr()
  store i32 %10, ptr %2, align 4
  %11 = load ptr, ptr @src, align 4
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1
  store ptr %12, ptr @src, align 4
  %13 = load i32, ptr %2, align 4
  store i32 %13, ptr %1, align 4
  br label %26

14:                                               ; preds = %0
  %15 = load ptr, ptr @src, align 4
  %16 = load i8, ptr %15, align 1
  %17 = sext i8 %16 to i32
  %18 = icmp eq i32 %17, 45
  br i1 %18, label %19, label %24

19:                                               ; preds = %14
  %20 = load ptr, ptr @src, align 4
  %21 = getelementptr inbounds nuw i8, ptr %20, i32 1
  store ptr %21, ptr @src, align 4
  %22 = call i32 @factor()
  %23 = sub nsw i32 0, %22
  store i32 %23, ptr %1, align 4
  br label %26

24:                                               ; preds = %14
  %25 = call i32 @number()
  store i32 %25, ptr %1, align 4
  br label %26

26:                                               ; preds = %24, %19, %7
  %27 = load i32, ptr %1, align 4
  ret i32 %27
}

; Function Attrs: noinline nounwind optnone
define internal i32 @number() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  br label %2

2:                                                ; preds = %14, %0
  %3 = load ptr, ptr @src, align 4
  %4 = load i8, ptr %3, align 1
  %5 = sext i8 %4 to i32
  %6 = icmp sge i32 %5, 48
  br i1 %6, label %7, label %12

7:                                                ; preds = %2
  %8 = load ptr, ptr @src, align 4
  %9 = load i8, ptr %8, align 1
  %10 = sext i8 %9 to i32
  %11 = icmp sle i32 %10, 57
  br label %12

12:                                               ; preds = %7, %2
  %13 = phi i1 [ false, %2 ], [ %11, %7 ]
  br i1 %13, label %14, label %23

14:                                               ; preds = %12
  %15 = load i32, ptr %1, align 4
  %16 = mul nsw i32 %15, 10
  %17 = load ptr, ptr @src, align 4
  %18 = getelementptr inbounds nuw i8, ptr %17, i32 1
  store ptr %18, ptr @src, align 4
  %19 = load i8, ptr %17, align 1
  %20 = sext i8 %19 to i32
  %21 = sub nsw i32 %20, 48
  %22 = add nsw i32 %16, %21
  store i32 %22, ptr %1, align 4
  br label %2, !llvm.loop !7

23:                                               ; preds = %12
  %24 = load i32, ptr %1, align 4
  ret i32 %24
}

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
