; ModuleID = 'strings.c'
source_filename = "strings.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [32 x i8] c"Hello, \22Kiln\22!\09Tab\\BackslashAA\0A\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"%s\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"len %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"stressed\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"cmp %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [15 x i8] c"atoi %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [9 x i8] c"  -12345\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"+77x\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"2147483647\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"itoa %s \00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"%s\0A\00", align 1
@main.words = internal global [5 x ptr] [ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15], align 8
@.str.11 = private unnamed_addr constant [6 x i8] c"alpha\00", align 1
@.str.12 = private unnamed_addr constant [5 x i8] c"beta\00", align 1
@.str.13 = private unnamed_addr constant [6 x i8] c"gamma\00", align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"delta\00", align 1
@.str.15 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.16 = private unnamed_addr constant [17 x i8] c"words %d a's %d\0A\00", align 1
@.str.17 = private unnamed_addr constant [15 x i8] c"banana bandana\00", align 1
@.str.18 = private unnamed_addr constant [9 x i8] c"putchar\0A\00", align 1
@.str.19 = private unnamed_addr constant [9 x i8] c"[%s] %u\0A\00", align 1
@__const.main.hi = private unnamed_addr constant [4 x i8] c"\E2\82\AC\00", align 1
@.str.20 = private unnamed_addr constant [12 x i8] c"utf8 %u %u\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca [64 x i8], align 1
  %4 = alloca [16 x i8], align 1
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca [1 x i8], align 1
  %9 = alloca [4 x i8], align 1
  store i32 0, ptr %1, align 4
  store ptr @.str, ptr %2, align 8
  %10 = load ptr, ptr %2, align 8
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %10)
  %12 = load ptr, ptr %2, align 8
  %13 = call i64 @strlen(ptr noundef %12) #5
  %14 = trunc i64 %13 to i32
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %14)
  %16 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %16, ptr align 1 @.str.3, i64 9, i1 false)
  %17 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  call void @reverse(ptr noundef %17)
  %18 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %19 = call i32 @puts(ptr noundef %18)
  %20 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  call void @upper(ptr noundef %20)
  %21 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %22 = call i32 @puts(ptr noundef %21)
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef 1, i32 noundef 1, i32 noundef 1)
  %24 = call i32 @my_atoi(ptr noundef @.str.6)
  %25 = call i32 @my_atoi(ptr noundef @.str.7)
  %26 = call i32 @my_atoi(ptr noundef @.str.8)
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %24, i32 noundef %25, i32 noundef %26)
  %28 = getelementptr inbounds [16 x i8], ptr %4, i64 0, i64 0
  %29 = call ptr @my_itoa(i32 noundef -2147483648, ptr noundef %28)
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, ptr noundef %29)
  %31 = getelementptr inbounds [16 x i8], ptr %4, i64 0, i64 0
  %32 = call ptr @my_itoa(i32 noundef 90210, ptr noundef %31)
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %32)
  %34 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 1 %34, i8 42, i64 10, i1 false)
  %35 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 10
  store i8 0, ptr %35, align 1
  %36 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %37 = call i32 @puts(ptr noundef %36)
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %38

38:                                               ; preds = %58, %0
  %39 = load i32, ptr %6, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [5 x ptr], ptr @main.words, i64 0, i64 %40
  %42 = load ptr, ptr %41, align 8
  %43 = getelementptr inbounds i8, ptr %42, i64 0
  %44 = load i8, ptr %43, align 1
  %45 = icmp ne i8 %44, 0
  br i1 %45, label %46, label %61

46:                                               ; preds = %38
  %47 = load i32, ptr %6, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [5 x ptr], ptr @main.words, i64 0, i64 %48
  %50 = load ptr, ptr %49, align 8
  %51 = call i64 @strlen(ptr noundef %50) #5
  %52 = trunc i64 %51 to i32
  %53 = load i32, ptr %6, align 4
  %54 = add nsw i32 %53, 1
  %55 = mul nsw i32 %52, %54
  %56 = load i32, ptr %5, align 4
  %57 = add nsw i32 %56, %55
  store i32 %57, ptr %5, align 4
  br label %58

58:                                               ; preds = %46
  %59 = load i32, ptr %6, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %6, align 4
  br label %38, !llvm.loop !6

61:                                               ; preds = %38
  %62 = load i32, ptr %5, align 4
  %63 = call i32 @count_char(ptr noundef @.str.17, i8 noundef 97)
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %62, i32 noundef %63)
  store ptr @.str.18, ptr %7, align 8
  br label %65

65:                                               ; preds = %74, %61
  %66 = load ptr, ptr %7, align 8
  %67 = load i8, ptr %66, align 1
  %68 = icmp ne i8 %67, 0
  br i1 %68, label %69, label %77

69:                                               ; preds = %65
  %70 = load ptr, ptr %7, align 8
  %71 = load i8, ptr %70, align 1
  %72 = zext i8 %71 to i32
  %73 = call i32 @putchar(i32 noundef %72)
  br label %74

74:                                               ; preds = %69
  %75 = load ptr, ptr %7, align 8
  %76 = getelementptr inbounds nuw i8, ptr %75, i32 1
  store ptr %76, ptr %7, align 8
  br label %65, !llvm.loop !8

77:                                               ; preds = %65
  call void @llvm.memset.p0.i64(ptr align 1 %8, i8 0, i64 1, i1 false)
  %78 = getelementptr inbounds [1 x i8], ptr %8, i64 0, i64 0
  %79 = getelementptr inbounds [1 x i8], ptr %8, i64 0, i64 0
  %80 = call i64 @strlen(ptr noundef %79) #5
  %81 = trunc i64 %80 to i32
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, ptr noundef %78, i32 noundef %81)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %9, ptr align 1 @__const.main.hi, i64 4, i1 false)
  %83 = getelementptr inbounds [4 x i8], ptr %9, i64 0, i64 0
  %84 = call i64 @strlen(ptr noundef %83) #5
  %85 = trunc i64 %84 to i32
  %86 = getelementptr inbounds [4 x i8], ptr %9, i64 0, i64 0
  %87 = load i8, ptr %86, align 1
  %88 = zext i8 %87 to i32
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, i32 noundef %85, i32 noundef %88)
  %90 = load i32, ptr %5, align 4
  %91 = srem i32 %90, 50
  ret i32 %91
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal void @reverse(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %2, align 8
  %6 = load ptr, ptr %2, align 8
  %7 = call i64 @strlen(ptr noundef %6) #5
  store i64 %7, ptr %3, align 8
  store i64 0, ptr %4, align 8
  br label %8

8:                                                ; preds = %35, %1
  %9 = load i64, ptr %4, align 8
  %10 = load i64, ptr %3, align 8
  %11 = udiv i64 %10, 2
  %12 = icmp ult i64 %9, %11
  br i1 %12, label %13, label %38

13:                                               ; preds = %8
  %14 = load ptr, ptr %2, align 8
  %15 = load i64, ptr %4, align 8
  %16 = getelementptr inbounds nuw i8, ptr %14, i64 %15
  %17 = load i8, ptr %16, align 1
  store i8 %17, ptr %5, align 1
  %18 = load ptr, ptr %2, align 8
  %19 = load i64, ptr %3, align 8
  %20 = sub i64 %19, 1
  %21 = load i64, ptr %4, align 8
  %22 = sub i64 %20, %21
  %23 = getelementptr inbounds nuw i8, ptr %18, i64 %22
  %24 = load i8, ptr %23, align 1
  %25 = load ptr, ptr %2, align 8
  %26 = load i64, ptr %4, align 8
  %27 = getelementptr inbounds nuw i8, ptr %25, i64 %26
  store i8 %24, ptr %27, align 1
  %28 = load i8, ptr %5, align 1
  %29 = load ptr, ptr %2, align 8
  %30 = load i64, ptr %3, align 8
  %31 = sub i64 %30, 1
  %32 = load i64, ptr %4, align 8
  %33 = sub i64 %31, %32
  %34 = getelementptr inbounds nuw i8, ptr %29, i64 %33
  store i8 %28, ptr %34, align 1
  br label %35

35:                                               ; preds = %13
  %36 = load i64, ptr %4, align 8
  %37 = add i64 %36, 1
  store i64 %37, ptr %4, align 8
  br label %8, !llvm.loop !9

38:                                               ; preds = %8
  ret void
}

declare i32 @puts(ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @upper(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  br label %3

3:                                                ; preds = %26, %1
  %4 = load ptr, ptr %2, align 8
  %5 = load i8, ptr %4, align 1
  %6 = icmp ne i8 %5, 0
  br i1 %6, label %7, label %29

7:                                                ; preds = %3
  %8 = load ptr, ptr %2, align 8
  %9 = load i8, ptr %8, align 1
  %10 = zext i8 %9 to i32
  %11 = icmp sge i32 %10, 97
  br i1 %11, label %12, label %25

12:                                               ; preds = %7
  %13 = load ptr, ptr %2, align 8
  %14 = load i8, ptr %13, align 1
  %15 = zext i8 %14 to i32
  %16 = icmp sle i32 %15, 122
  br i1 %16, label %17, label %25

17:                                               ; preds = %12
  %18 = load ptr, ptr %2, align 8
  %19 = load i8, ptr %18, align 1
  %20 = zext i8 %19 to i32
  %21 = sub nsw i32 %20, 97
  %22 = add nsw i32 %21, 65
  %23 = trunc i32 %22 to i8
  %24 = load ptr, ptr %2, align 8
  store i8 %23, ptr %24, align 1
  br label %25

25:                                               ; preds = %17, %12, %7
  br label %26

26:                                               ; preds = %25
  %27 = load ptr, ptr %2, align 8
  %28 = getelementptr inbounds nuw i8, ptr %27, i32 1
  store ptr %28, ptr %2, align 8
  br label %3, !llvm.loop !10

29:                                               ; preds = %3
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @my_atoi(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store i32 1, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %10, %1
  %6 = load ptr, ptr %2, align 8
  %7 = load i8, ptr %6, align 1
  %8 = zext i8 %7 to i32
  %9 = icmp eq i32 %8, 32
  br i1 %9, label %10, label %13

10:                                               ; preds = %5
  %11 = load ptr, ptr %2, align 8
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1
  store ptr %12, ptr %2, align 8
  br label %5, !llvm.loop !11

13:                                               ; preds = %5
  %14 = load ptr, ptr %2, align 8
  %15 = load i8, ptr %14, align 1
  %16 = zext i8 %15 to i32
  %17 = icmp eq i32 %16, 45
  br i1 %17, label %18, label %21

18:                                               ; preds = %13
  store i32 -1, ptr %3, align 4
  %19 = load ptr, ptr %2, align 8
  %20 = getelementptr inbounds nuw i8, ptr %19, i32 1
  store ptr %20, ptr %2, align 8
  br label %30

21:                                               ; preds = %13
  %22 = load ptr, ptr %2, align 8
  %23 = load i8, ptr %22, align 1
  %24 = zext i8 %23 to i32
  %25 = icmp eq i32 %24, 43
  br i1 %25, label %26, label %29

26:                                               ; preds = %21
  %27 = load ptr, ptr %2, align 8
  %28 = getelementptr inbounds nuw i8, ptr %27, i32 1
  store ptr %28, ptr %2, align 8
  br label %29

29:                                               ; preds = %26, %21
  br label %30

30:                                               ; preds = %29, %18
  br label %31

31:                                               ; preds = %43, %30
  %32 = load ptr, ptr %2, align 8
  %33 = load i8, ptr %32, align 1
  %34 = zext i8 %33 to i32
  %35 = icmp sge i32 %34, 48
  br i1 %35, label %36, label %41

36:                                               ; preds = %31
  %37 = load ptr, ptr %2, align 8
  %38 = load i8, ptr %37, align 1
  %39 = zext i8 %38 to i32
  %40 = icmp sle i32 %39, 57
  br label %41

41:                                               ; preds = %36, %31
  %42 = phi i1 [ false, %31 ], [ %40, %36 ]
  br i1 %42, label %43, label %52

43:                                               ; preds = %41
  %44 = load i32, ptr %4, align 4
  %45 = mul nsw i32 %44, 10
  %46 = load ptr, ptr %2, align 8
  %47 = getelementptr inbounds nuw i8, ptr %46, i32 1
  store ptr %47, ptr %2, align 8
  %48 = load i8, ptr %46, align 1
  %49 = zext i8 %48 to i32
  %50 = sub nsw i32 %49, 48
  %51 = add nsw i32 %45, %50
  store i32 %51, ptr %4, align 4
  br label %31, !llvm.loop !12

52:                                               ; preds = %41
  %53 = load i32, ptr %3, align 4
  %54 = load i32, ptr %4, align 4
  %55 = mul nsw i32 %53, %54
  ret i32 %55
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @my_itoa(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca [16 x i8], align 1
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 8
  store i32 0, ptr %6, align 4
  %9 = load i32, ptr %3, align 4
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %11, label %14

11:                                               ; preds = %2
  %12 = load i32, ptr %3, align 4
  %13 = sub i32 0, %12
  br label %16

14:                                               ; preds = %2
  %15 = load i32, ptr %3, align 4
  br label %16

16:                                               ; preds = %14, %11
  %17 = phi i32 [ %13, %11 ], [ %15, %14 ]
  store i32 %17, ptr %7, align 4
  br label %18

18:                                               ; preds = %29, %16
  %19 = load i32, ptr %7, align 4
  %20 = urem i32 %19, 10
  %21 = add i32 48, %20
  %22 = trunc i32 %21 to i8
  %23 = load i32, ptr %6, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %6, align 4
  %25 = sext i32 %23 to i64
  %26 = getelementptr inbounds [16 x i8], ptr %5, i64 0, i64 %25
  store i8 %22, ptr %26, align 1
  %27 = load i32, ptr %7, align 4
  %28 = udiv i32 %27, 10
  store i32 %28, ptr %7, align 4
  br label %29

29:                                               ; preds = %18
  %30 = load i32, ptr %7, align 4
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %18, label %32, !llvm.loop !13

32:                                               ; preds = %29
  store i32 0, ptr %8, align 4
  %33 = load i32, ptr %3, align 4
  %34 = icmp slt i32 %33, 0
  br i1 %34, label %35, label %41

35:                                               ; preds = %32
  %36 = load ptr, ptr %4, align 8
  %37 = load i32, ptr %8, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %8, align 4
  %39 = sext i32 %37 to i64
  %40 = getelementptr inbounds i8, ptr %36, i64 %39
  store i8 45, ptr %40, align 1
  br label %41

41:                                               ; preds = %35, %32
  br label %42

42:                                               ; preds = %45, %41
  %43 = load i32, ptr %6, align 4
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %45, label %56

45:                                               ; preds = %42
  %46 = load i32, ptr %6, align 4
  %47 = add nsw i32 %46, -1
  store i32 %47, ptr %6, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [16 x i8], ptr %5, i64 0, i64 %48
  %50 = load i8, ptr %49, align 1
  %51 = load ptr, ptr %4, align 8
  %52 = load i32, ptr %8, align 4
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %8, align 4
  %54 = sext i32 %52 to i64
  %55 = getelementptr inbounds i8, ptr %51, i64 %54
  store i8 %50, ptr %55, align 1
  br label %42, !llvm.loop !14

56:                                               ; preds = %42
  %57 = load ptr, ptr %4, align 8
  %58 = load i32, ptr %8, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds i8, ptr %57, i64 %59
  store i8 0, ptr %60, align 1
  %61 = load ptr, ptr %4, align 8
  ret ptr %61
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @count_char(ptr noundef %0, i8 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i8, align 1
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i8 %1, ptr %4, align 1
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %10, %2
  %7 = load ptr, ptr %3, align 8
  %8 = load i8, ptr %7, align 1
  %9 = icmp ne i8 %8, 0
  br i1 %9, label %10, label %21

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1
  store ptr %12, ptr %3, align 8
  %13 = load i8, ptr %11, align 1
  %14 = zext i8 %13 to i32
  %15 = load i8, ptr %4, align 1
  %16 = zext i8 %15 to i32
  %17 = icmp eq i32 %14, %16
  %18 = zext i1 %17 to i32
  %19 = load i32, ptr %5, align 4
  %20 = add nsw i32 %19, %18
  store i32 %20, ptr %5, align 4
  br label %6, !llvm.loop !15

21:                                               ; preds = %6
  %22 = load i32, ptr %5, align 4
  ret i32 %22
}

declare i32 @putchar(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind willreturn memory(read) }

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
