; ModuleID = 'strings.c'
source_filename = "strings.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

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
@main.words = internal global [5 x ptr] [ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15], align 16
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

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 4
  %3 = alloca [64 x i8], align 16
  %4 = alloca [16 x i8], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 4
  %8 = alloca [1 x i8], align 1
  %9 = alloca [4 x i8], align 1
  store i32 0, ptr %1, align 4
  store ptr @.str, ptr %2, align 4
  %10 = load ptr, ptr %2, align 4
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %10)
  %12 = load ptr, ptr %2, align 4
  %13 = call i32 @strlen(ptr noundef %12) #5
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %13)
  %15 = getelementptr inbounds [64 x i8], ptr %3, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %15, ptr align 1 @.str.3, i32 9, i1 false)
  %16 = getelementptr inbounds [64 x i8], ptr %3, i32 0, i32 0
  call void @reverse(ptr noundef %16)
  %17 = getelementptr inbounds [64 x i8], ptr %3, i32 0, i32 0
  %18 = call i32 @puts(ptr noundef %17)
  %19 = getelementptr inbounds [64 x i8], ptr %3, i32 0, i32 0
  call void @upper(ptr noundef %19)
  %20 = getelementptr inbounds [64 x i8], ptr %3, i32 0, i32 0
  %21 = call i32 @puts(ptr noundef %20)
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef 1, i32 noundef 1, i32 noundef 1)
  %23 = call i32 @my_atoi(ptr noundef @.str.6)
  %24 = call i32 @my_atoi(ptr noundef @.str.7)
  %25 = call i32 @my_atoi(ptr noundef @.str.8)
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %23, i32 noundef %24, i32 noundef %25)
  %27 = getelementptr inbounds [16 x i8], ptr %4, i32 0, i32 0
  %28 = call ptr @my_itoa(i32 noundef -2147483648, ptr noundef %27)
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, ptr noundef %28)
  %30 = getelementptr inbounds [16 x i8], ptr %4, i32 0, i32 0
  %31 = call ptr @my_itoa(i32 noundef 90210, ptr noundef %30)
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %31)
  %33 = getelementptr inbounds [64 x i8], ptr %3, i32 0, i32 0
  call void @llvm.memset.p0.i32(ptr align 16 %33, i8 42, i32 10, i1 false)
  %34 = getelementptr inbounds [64 x i8], ptr %3, i32 0, i32 10
  store i8 0, ptr %34, align 2
  %35 = getelementptr inbounds [64 x i8], ptr %3, i32 0, i32 0
  %36 = call i32 @puts(ptr noundef %35)
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %37

37:                                               ; preds = %54, %0
  %38 = load i32, ptr %6, align 4
  %39 = getelementptr inbounds [5 x ptr], ptr @main.words, i32 0, i32 %38
  %40 = load ptr, ptr %39, align 4
  %41 = getelementptr inbounds i8, ptr %40, i32 0
  %42 = load i8, ptr %41, align 1
  %43 = icmp ne i8 %42, 0
  br i1 %43, label %44, label %57

44:                                               ; preds = %37
  %45 = load i32, ptr %6, align 4
  %46 = getelementptr inbounds [5 x ptr], ptr @main.words, i32 0, i32 %45
  %47 = load ptr, ptr %46, align 4
  %48 = call i32 @strlen(ptr noundef %47) #5
  %49 = load i32, ptr %6, align 4
  %50 = add nsw i32 %49, 1
  %51 = mul nsw i32 %48, %50
  %52 = load i32, ptr %5, align 4
  %53 = add nsw i32 %52, %51
  store i32 %53, ptr %5, align 4
  br label %54

54:                                               ; preds = %44
  %55 = load i32, ptr %6, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %6, align 4
  br label %37, !llvm.loop !2

57:                                               ; preds = %37
  %58 = load i32, ptr %5, align 4
  %59 = call i32 @count_char(ptr noundef @.str.17, i8 noundef signext 97)
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %58, i32 noundef %59)
  store ptr @.str.18, ptr %7, align 4
  br label %61

61:                                               ; preds = %70, %57
  %62 = load ptr, ptr %7, align 4
  %63 = load i8, ptr %62, align 1
  %64 = icmp ne i8 %63, 0
  br i1 %64, label %65, label %73

65:                                               ; preds = %61
  %66 = load ptr, ptr %7, align 4
  %67 = load i8, ptr %66, align 1
  %68 = sext i8 %67 to i32
  %69 = call i32 @putchar(i32 noundef %68)
  br label %70

70:                                               ; preds = %65
  %71 = load ptr, ptr %7, align 4
  %72 = getelementptr inbounds nuw i8, ptr %71, i32 1
  store ptr %72, ptr %7, align 4
  br label %61, !llvm.loop !4

73:                                               ; preds = %61
  call void @llvm.memset.p0.i32(ptr align 1 %8, i8 0, i32 1, i1 false)
  %74 = getelementptr inbounds [1 x i8], ptr %8, i32 0, i32 0
  %75 = getelementptr inbounds [1 x i8], ptr %8, i32 0, i32 0
  %76 = call i32 @strlen(ptr noundef %75) #5
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, ptr noundef %74, i32 noundef %76)
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %9, ptr align 1 @__const.main.hi, i32 4, i1 false)
  %78 = getelementptr inbounds [4 x i8], ptr %9, i32 0, i32 0
  %79 = call i32 @strlen(ptr noundef %78) #5
  %80 = getelementptr inbounds [4 x i8], ptr %9, i32 0, i32 0
  %81 = load i8, ptr %80, align 1
  %82 = zext i8 %81 to i32
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, i32 noundef %79, i32 noundef %82)
  %84 = load i32, ptr %5, align 4
  %85 = srem i32 %84, 50
  ret i32 %85
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind
declare i32 @strlen(ptr noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #3

; Function Attrs: noinline nounwind optnone
define internal void @reverse(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i8, align 1
  store ptr %0, ptr %2, align 4
  %6 = load ptr, ptr %2, align 4
  %7 = call i32 @strlen(ptr noundef %6) #5
  store i32 %7, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %8

8:                                                ; preds = %35, %1
  %9 = load i32, ptr %4, align 4
  %10 = load i32, ptr %3, align 4
  %11 = udiv i32 %10, 2
  %12 = icmp ult i32 %9, %11
  br i1 %12, label %13, label %38

13:                                               ; preds = %8
  %14 = load ptr, ptr %2, align 4
  %15 = load i32, ptr %4, align 4
  %16 = getelementptr inbounds nuw i8, ptr %14, i32 %15
  %17 = load i8, ptr %16, align 1
  store i8 %17, ptr %5, align 1
  %18 = load ptr, ptr %2, align 4
  %19 = load i32, ptr %3, align 4
  %20 = sub i32 %19, 1
  %21 = load i32, ptr %4, align 4
  %22 = sub i32 %20, %21
  %23 = getelementptr inbounds nuw i8, ptr %18, i32 %22
  %24 = load i8, ptr %23, align 1
  %25 = load ptr, ptr %2, align 4
  %26 = load i32, ptr %4, align 4
  %27 = getelementptr inbounds nuw i8, ptr %25, i32 %26
  store i8 %24, ptr %27, align 1
  %28 = load i8, ptr %5, align 1
  %29 = load ptr, ptr %2, align 4
  %30 = load i32, ptr %3, align 4
  %31 = sub i32 %30, 1
  %32 = load i32, ptr %4, align 4
  %33 = sub i32 %31, %32
  %34 = getelementptr inbounds nuw i8, ptr %29, i32 %33
  store i8 %28, ptr %34, align 1
  br label %35

35:                                               ; preds = %13
  %36 = load i32, ptr %4, align 4
  %37 = add i32 %36, 1
  store i32 %37, ptr %4, align 4
  br label %8, !llvm.loop !5

38:                                               ; preds = %8
  ret void
}

declare i32 @puts(ptr noundef) #1

; Function Attrs: noinline nounwind optnone
define internal void @upper(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  br label %3

3:                                                ; preds = %26, %1
  %4 = load ptr, ptr %2, align 4
  %5 = load i8, ptr %4, align 1
  %6 = icmp ne i8 %5, 0
  br i1 %6, label %7, label %29

7:                                                ; preds = %3
  %8 = load ptr, ptr %2, align 4
  %9 = load i8, ptr %8, align 1
  %10 = sext i8 %9 to i32
  %11 = icmp sge i32 %10, 97
  br i1 %11, label %12, label %25

12:                                               ; preds = %7
  %13 = load ptr, ptr %2, align 4
  %14 = load i8, ptr %13, align 1
  %15 = sext i8 %14 to i32
  %16 = icmp sle i32 %15, 122
  br i1 %16, label %17, label %25

17:                                               ; preds = %12
  %18 = load ptr, ptr %2, align 4
  %19 = load i8, ptr %18, align 1
  %20 = sext i8 %19 to i32
  %21 = sub nsw i32 %20, 97
  %22 = add nsw i32 %21, 65
  %23 = trunc i32 %22 to i8
  %24 = load ptr, ptr %2, align 4
  store i8 %23, ptr %24, align 1
  br label %25

25:                                               ; preds = %17, %12, %7
  br label %26

26:                                               ; preds = %25
  %27 = load ptr, ptr %2, align 4
  %28 = getelementptr inbounds nuw i8, ptr %27, i32 1
  store ptr %28, ptr %2, align 4
  br label %3, !llvm.loop !6

29:                                               ; preds = %3
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @my_atoi(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 4
  store i32 1, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %10, %1
  %6 = load ptr, ptr %2, align 4
  %7 = load i8, ptr %6, align 1
  %8 = sext i8 %7 to i32
  %9 = icmp eq i32 %8, 32
  br i1 %9, label %10, label %13

10:                                               ; preds = %5
  %11 = load ptr, ptr %2, align 4
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1
  store ptr %12, ptr %2, align 4
  br label %5, !llvm.loop !7

13:                                               ; preds = %5
  %14 = load ptr, ptr %2, align 4
  %15 = load i8, ptr %14, align 1
  %16 = sext i8 %15 to i32
  %17 = icmp eq i32 %16, 45
  br i1 %17, label %18, label %21

18:                                               ; preds = %13
  store i32 -1, ptr %3, align 4
  %19 = load ptr, ptr %2, align 4
  %20 = getelementptr inbounds nuw i8, ptr %19, i32 1
  store ptr %20, ptr %2, align 4
  br label %30

21:                                               ; preds = %13
  %22 = load ptr, ptr %2, align 4
  %23 = load i8, ptr %22, align 1
  %24 = sext i8 %23 to i32
  %25 = icmp eq i32 %24, 43
  br i1 %25, label %26, label %29

26:                                               ; preds = %21
  %27 = load ptr, ptr %2, align 4
  %28 = getelementptr inbounds nuw i8, ptr %27, i32 1
  store ptr %28, ptr %2, align 4
  br label %29

29:                                               ; preds = %26, %21
  br label %30

30:                                               ; preds = %29, %18
  br label %31

31:                                               ; preds = %43, %30
  %32 = load ptr, ptr %2, align 4
  %33 = load i8, ptr %32, align 1
  %34 = sext i8 %33 to i32
  %35 = icmp sge i32 %34, 48
  br i1 %35, label %36, label %41

36:                                               ; preds = %31
  %37 = load ptr, ptr %2, align 4
  %38 = load i8, ptr %37, align 1
  %39 = sext i8 %38 to i32
  %40 = icmp sle i32 %39, 57
  br label %41

41:                                               ; preds = %36, %31
  %42 = phi i1 [ false, %31 ], [ %40, %36 ]
  br i1 %42, label %43, label %52

43:                                               ; preds = %41
  %44 = load i32, ptr %4, align 4
  %45 = mul nsw i32 %44, 10
  %46 = load ptr, ptr %2, align 4
  %47 = getelementptr inbounds nuw i8, ptr %46, i32 1
  store ptr %47, ptr %2, align 4
  %48 = load i8, ptr %46, align 1
  %49 = sext i8 %48 to i32
  %50 = sub nsw i32 %49, 48
  %51 = add nsw i32 %45, %50
  store i32 %51, ptr %4, align 4
  br label %31, !llvm.loop !8

52:                                               ; preds = %41
  %53 = load i32, ptr %3, align 4
  %54 = load i32, ptr %4, align 4
  %55 = mul nsw i32 %53, %54
  ret i32 %55
}

; Function Attrs: noinline nounwind optnone
define internal ptr @my_itoa(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 4
  %5 = alloca [16 x i8], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
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

18:                                               ; preds = %28, %16
  %19 = load i32, ptr %7, align 4
  %20 = urem i32 %19, 10
  %21 = add i32 48, %20
  %22 = trunc i32 %21 to i8
  %23 = load i32, ptr %6, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %6, align 4
  %25 = getelementptr inbounds [16 x i8], ptr %5, i32 0, i32 %23
  store i8 %22, ptr %25, align 1
  %26 = load i32, ptr %7, align 4
  %27 = udiv i32 %26, 10
  store i32 %27, ptr %7, align 4
  br label %28

28:                                               ; preds = %18
  %29 = load i32, ptr %7, align 4
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %18, label %31, !llvm.loop !9

31:                                               ; preds = %28
  store i32 0, ptr %8, align 4
  %32 = load i32, ptr %3, align 4
  %33 = icmp slt i32 %32, 0
  br i1 %33, label %34, label %39

34:                                               ; preds = %31
  %35 = load ptr, ptr %4, align 4
  %36 = load i32, ptr %8, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %8, align 4
  %38 = getelementptr inbounds i8, ptr %35, i32 %36
  store i8 45, ptr %38, align 1
  br label %39

39:                                               ; preds = %34, %31
  br label %40

40:                                               ; preds = %43, %39
  %41 = load i32, ptr %6, align 4
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %43, label %52

43:                                               ; preds = %40
  %44 = load i32, ptr %6, align 4
  %45 = add nsw i32 %44, -1
  store i32 %45, ptr %6, align 4
  %46 = getelementptr inbounds [16 x i8], ptr %5, i32 0, i32 %45
  %47 = load i8, ptr %46, align 1
  %48 = load ptr, ptr %4, align 4
  %49 = load i32, ptr %8, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %8, align 4
  %51 = getelementptr inbounds i8, ptr %48, i32 %49
  store i8 %47, ptr %51, align 1
  br label %40, !llvm.loop !10

52:                                               ; preds = %40
  %53 = load ptr, ptr %4, align 4
  %54 = load i32, ptr %8, align 4
  %55 = getelementptr inbounds i8, ptr %53, i32 %54
  store i8 0, ptr %55, align 1
  %56 = load ptr, ptr %4, align 4
  ret ptr %56
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #4

; Function Attrs: noinline nounwind optnone
define internal i32 @count_char(ptr noundef %0, i8 noundef signext %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i8, align 1
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i8 %1, ptr %4, align 1
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %10, %2
  %7 = load ptr, ptr %3, align 4
  %8 = load i8, ptr %7, align 1
  %9 = icmp ne i8 %8, 0
  br i1 %9, label %10, label %21

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 4
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1
  store ptr %12, ptr %3, align 4
  %13 = load i8, ptr %11, align 1
  %14 = sext i8 %13 to i32
  %15 = load i8, ptr %4, align 1
  %16 = sext i8 %15 to i32
  %17 = icmp eq i32 %14, %16
  %18 = zext i1 %17 to i32
  %19 = load i32, ptr %5, align 4
  %20 = add nsw i32 %19, %18
  store i32 %20, ptr %5, align 4
  br label %6, !llvm.loop !11

21:                                               ; preds = %6
  %22 = load i32, ptr %5, align 4
  ret i32 %22
}

declare i32 @putchar(i32 noundef) #1

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }

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
