; ModuleID = 'recursion.c'
source_filename = "recursion.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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
@__const.main.a = private unnamed_addr constant [6 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5, i32 6], align 4
@.str.9 = private unnamed_addr constant [14 x i8] c"perm %d %lld\0A\00", align 1
@perm_count = internal global i32 0, align 4
@src = internal global ptr null, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x i32], align 4
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
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 @__const.main.a, i64 24, i1 false)
  store i64 0, ptr %3, align 8
  %23 = getelementptr inbounds [6 x i32], ptr %2, i64 0, i64 0
  call void @permute(ptr noundef %23, i32 noundef 0, i32 noundef 6, ptr noundef %3)
  %24 = load i32, ptr @perm_count, align 4
  %25 = load i64, ptr %3, align 8
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %24, i64 noundef %25)
  %27 = call i32 @fib(i32 noundef 10)
  %28 = srem i32 %27, 50
  ret i32 %28
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @eval(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  store ptr %3, ptr @src, align 8
  %4 = call i32 @expr()
  ret i32 %4
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @permute(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store ptr %3, ptr %8, align 8
  %13 = load i32, ptr %6, align 4
  %14 = load i32, ptr %7, align 4
  %15 = icmp eq i32 %13, %14
  br i1 %15, label %16, label %42

16:                                               ; preds = %4
  %17 = load i32, ptr @perm_count, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr @perm_count, align 4
  store i64 0, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %19

19:                                               ; preds = %33, %16
  %20 = load i32, ptr %10, align 4
  %21 = load i32, ptr %7, align 4
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %23, label %36

23:                                               ; preds = %19
  %24 = load i64, ptr %9, align 8
  %25 = mul nsw i64 %24, 10
  %26 = load ptr, ptr %5, align 8
  %27 = load i32, ptr %10, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i32, ptr %26, i64 %28
  %30 = load i32, ptr %29, align 4
  %31 = sext i32 %30 to i64
  %32 = add nsw i64 %25, %31
  store i64 %32, ptr %9, align 8
  br label %33

33:                                               ; preds = %23
  %34 = load i32, ptr %10, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %10, align 4
  br label %19, !llvm.loop !6

36:                                               ; preds = %19
  %37 = load i64, ptr %9, align 8
  %38 = srem i64 %37, 97
  %39 = load ptr, ptr %8, align 8
  %40 = load i64, ptr %39, align 8
  %41 = add nsw i64 %40, %38
  store i64 %41, ptr %39, align 8
  br label %95

42:                                               ; preds = %4
  %43 = load i32, ptr %6, align 4
  store i32 %43, ptr %11, align 4
  br label %44

44:                                               ; preds = %92, %42
  %45 = load i32, ptr %11, align 4
  %46 = load i32, ptr %7, align 4
  %47 = icmp slt i32 %45, %46
  br i1 %47, label %48, label %95

48:                                               ; preds = %44
  %49 = load ptr, ptr %5, align 8
  %50 = load i32, ptr %6, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds i32, ptr %49, i64 %51
  %53 = load i32, ptr %52, align 4
  store i32 %53, ptr %12, align 4
  %54 = load ptr, ptr %5, align 8
  %55 = load i32, ptr %11, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds i32, ptr %54, i64 %56
  %58 = load i32, ptr %57, align 4
  %59 = load ptr, ptr %5, align 8
  %60 = load i32, ptr %6, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds i32, ptr %59, i64 %61
  store i32 %58, ptr %62, align 4
  %63 = load i32, ptr %12, align 4
  %64 = load ptr, ptr %5, align 8
  %65 = load i32, ptr %11, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds i32, ptr %64, i64 %66
  store i32 %63, ptr %67, align 4
  %68 = load ptr, ptr %5, align 8
  %69 = load i32, ptr %6, align 4
  %70 = add nsw i32 %69, 1
  %71 = load i32, ptr %7, align 4
  %72 = load ptr, ptr %8, align 8
  call void @permute(ptr noundef %68, i32 noundef %70, i32 noundef %71, ptr noundef %72)
  %73 = load ptr, ptr %5, align 8
  %74 = load i32, ptr %6, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds i32, ptr %73, i64 %75
  %77 = load i32, ptr %76, align 4
  store i32 %77, ptr %12, align 4
  %78 = load ptr, ptr %5, align 8
  %79 = load i32, ptr %11, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds i32, ptr %78, i64 %80
  %82 = load i32, ptr %81, align 4
  %83 = load ptr, ptr %5, align 8
  %84 = load i32, ptr %6, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds i32, ptr %83, i64 %85
  store i32 %82, ptr %86, align 4
  %87 = load i32, ptr %12, align 4
  %88 = load ptr, ptr %5, align 8
  %89 = load i32, ptr %11, align 4
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds i32, ptr %88, i64 %90
  store i32 %87, ptr %91, align 4
  br label %92

92:                                               ; preds = %48
  %93 = load i32, ptr %11, align 4
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %11, align 4
  br label %44, !llvm.loop !8

95:                                               ; preds = %36, %44
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @expr() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i32, align 4
  %4 = call i32 @term()
  store i32 %4, ptr %1, align 4
  br label %5

5:                                                ; preds = %33, %0
  %6 = load ptr, ptr @src, align 8
  %7 = load i8, ptr %6, align 1
  %8 = zext i8 %7 to i32
  %9 = icmp eq i32 %8, 43
  br i1 %9, label %15, label %10

10:                                               ; preds = %5
  %11 = load ptr, ptr @src, align 8
  %12 = load i8, ptr %11, align 1
  %13 = zext i8 %12 to i32
  %14 = icmp eq i32 %13, 45
  br label %15

15:                                               ; preds = %10, %5
  %16 = phi i1 [ true, %5 ], [ %14, %10 ]
  br i1 %16, label %17, label %35

17:                                               ; preds = %15
  %18 = load ptr, ptr @src, align 8
  %19 = getelementptr inbounds nuw i8, ptr %18, i32 1
  store ptr %19, ptr @src, align 8
  %20 = load i8, ptr %18, align 1
  store i8 %20, ptr %2, align 1
  %21 = call i32 @term()
  store i32 %21, ptr %3, align 4
  %22 = load i8, ptr %2, align 1
  %23 = zext i8 %22 to i32
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
  br label %5, !llvm.loop !9

35:                                               ; preds = %15
  %36 = load i32, ptr %1, align 4
  ret i32 %36
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @term() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i32, align 4
  %4 = call i32 @factor()
  store i32 %4, ptr %1, align 4
  br label %5

5:                                                ; preds = %33, %0
  %6 = load ptr, ptr @src, align 8
  %7 = load i8, ptr %6, align 1
  %8 = zext i8 %7 to i32
  %9 = icmp eq i32 %8, 42
  br i1 %9, label %15, label %10

10:                                               ; preds = %5
  %11 = load ptr, ptr @src, align 8
  %12 = load i8, ptr %11, align 1
  %13 = zext i8 %12 to i32
  %14 = icmp eq i32 %13, 47
  br label %15

15:                                               ; preds = %10, %5
  %16 = phi i1 [ true, %5 ], [ %14, %10 ]
  br i1 %16, label %17, label %35

17:                                               ; preds = %15
  %18 = load ptr, ptr @src, align 8
  %19 = getelementptr inbounds nuw i8, ptr %18, i32 1
  store ptr %19, ptr @src, align 8
  %20 = load i8, ptr %18, align 1
  store i8 %20, ptr %2, align 1
  %21 = call i32 @factor()
  store i32 %21, ptr %3, align 4
  %22 = load i8, ptr %2, align 1
  %23 = zext i8 %22 to i32
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
  br label %5, !llvm.loop !10

35:                                               ; preds = %15
  %36 = load i32, ptr %1, align 4
  ret i32 %36
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @factor() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = load ptr, ptr @src, align 8
  %4 = load i8, ptr %3, align 1
  %5 = zext i8 %4 to i32
  %6 = icmp eq i32 %5, 40
  br i1 %6, label %7, label %14

7:                                                ; preds = %0
  %8 = load ptr, ptr @src, align 8
  %9 = getelementptr inbounds nuw i8, ptr %8, i32 1
  store ptr %9, ptr @src, align 8
  %10 = call i32 @expr()
  store i32 %10, ptr %2, align 4
  %11 = load ptr, ptr @src, align 8
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1
  store ptr %12, ptr @src, align 8
  %13 = load i32, ptr %2, align 4
  store i32 %13, ptr %1, align 4
  br label %26

14:                                               ; preds = %0
  %15 = load ptr, ptr @src, align 8
  %16 = load i8, ptr %15, align 1
  %17 = zext i8 %16 to i32
  %18 = icmp eq i32 %17, 45
  br i1 %18, label %19, label %24

19:                                               ; preds = %14
  %20 = load ptr, ptr @src, align 8
  %21 = getelementptr inbounds nuw i8, ptr %20, i32 1
  store ptr %21, ptr @src, align 8
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

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @number() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  br label %2

2:                                                ; preds = %14, %0
  %3 = load ptr, ptr @src, align 8
  %4 = load i8, ptr %3, align 1
  %5 = zext i8 %4 to i32
  %6 = icmp sge i32 %5, 48
  br i1 %6, label %7, label %12

7:                                                ; preds = %2
  %8 = load ptr, ptr @src, align 8
  %9 = load i8, ptr %8, align 1
  %10 = zext i8 %9 to i32
  %11 = icmp sle i32 %10, 57
  br label %12

12:                                               ; preds = %7, %2
  %13 = phi i1 [ false, %2 ], [ %11, %7 ]
  br i1 %13, label %14, label %23

14:                                               ; preds = %12
  %15 = load i32, ptr %1, align 4
  %16 = mul nsw i32 %15, 10
  %17 = load ptr, ptr @src, align 8
  %18 = getelementptr inbounds nuw i8, ptr %17, i32 1
  store ptr %18, ptr @src, align 8
  %19 = load i8, ptr %17, align 1
  %20 = zext i8 %19 to i32
  %21 = sub nsw i32 %20, 48
  %22 = add nsw i32 %16, %21
  store i32 %22, ptr %1, align 4
  br label %2, !llvm.loop !11

23:                                               ; preds = %12
  %24 = load i32, ptr %1, align 4
  ret i32 %24
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
