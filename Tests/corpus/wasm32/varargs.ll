; ModuleID = 'varargs.c'
source_filename = "varargs.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Pair = type { i32, double }

@.str = private unnamed_addr constant [19 x i8] c"sum_ints %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"mixed %.3f\0A\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"ildps\00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"A\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"mixed2 %.3f\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"dddddddddi\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"twice %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [23 x i8] c"fmt %d|%f|%s|%c|%L|%%\0A\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"str\00", align 1
@.str.9 = private unnamed_addr constant [10 x i8] c"avg %.4f\0A\00", align 1
@__const.main.p1 = private unnamed_addr constant { i32, [4 x i8], double } { i32 2, [4 x i8] zeroinitializer, double 1.500000e+00 }, align 8
@__const.main.p2 = private unnamed_addr constant { i32, [4 x i8], double } { i32 -3, [4 x i8] zeroinitializer, double 2.500000e-01 }, align 8
@.str.10 = private unnamed_addr constant [14 x i8] c"structs %.3f\0A\00", align 1
@.str.11 = private unnamed_addr constant [55 x i8] c"printf %d %u %ld %lld %llu %x %o %c %s %5.2f %e %g %%\0A\00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"s\00", align 1
@.str.13 = private unnamed_addr constant [3 x i8] c"%d\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"%.3f\00", align 1
@.str.15 = private unnamed_addr constant [3 x i8] c"%s\00", align 1
@.str.16 = private unnamed_addr constant [5 x i8] c"%lld\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.Pair, align 8
  %4 = alloca %struct.Pair, align 8
  store i32 0, ptr %1, align 4
  %5 = call i32 (i32, ...) @sum_ints(i32 noundef 0)
  %6 = call i32 (i32, ...) @sum_ints(i32 noundef 3, i32 noundef 1, i32 noundef 2, i32 noundef 3)
  %7 = call i32 (i32, ...) @sum_ints(i32 noundef 10, i32 noundef 1, i32 noundef -2, i32 noundef 3, i32 noundef -4, i32 noundef 5, i32 noundef -6, i32 noundef 7, i32 noundef -8, i32 noundef 9, i32 noundef 100)
  %8 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %5, i32 noundef %6, i32 noundef %7)
  store i32 40, ptr %2, align 4
  %9 = call double (ptr, ...) @sum_mixed(ptr noundef @.str.2, i32 noundef 1, i64 noundef 10000000000, double noundef 5.000000e-01, ptr noundef %2, ptr noundef @.str.3)
  %10 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %9)
  %11 = call double (ptr, ...) @sum_mixed(ptr noundef @.str.5, double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.000000e+00, double noundef 4.000000e+00, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 8.000000e+00, double noundef 9.000000e+00, i32 noundef 7)
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %11)
  %13 = call i32 (i32, ...) @count_twice(i32 noundef 5, i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5)
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %13)
  call void (ptr, ...) @my_printf(ptr noundef @.str.7, i32 noundef -17, double noundef 2.500000e+00, ptr noundef @.str.8, i32 noundef 90, i64 noundef -123456789012)
  %15 = call double (i32, ...) @avg(i32 noundef 4, double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.500000e+00, double noundef -1.000000e+00)
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %15)
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %3, ptr align 8 @__const.main.p1, i32 16, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %4, ptr align 8 @__const.main.p2, i32 16, i1 false)
  %17 = call double (i32, ...) @sum_structs(i32 noundef 2, ptr noundef byval(%struct.Pair) align 8 %3, ptr noundef byval(%struct.Pair) align 8 %4)
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %17)
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef -1, i32 noundef -1294967296, i32 noundef 123456, i64 noundef -1234567890123, i64 noundef -1, i32 noundef 48879, i32 noundef 8, i32 noundef 107, ptr noundef @.str.12, double noundef 3.141590e+00, double noundef 0x40C81CD6C8B43958, double noundef 1.000000e-04)
  %20 = call i32 (i32, ...) @sum_ints(i32 noundef 2, i32 noundef 20, i32 noundef 22)
  ret i32 %20
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @sum_ints(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %16, %1
  %7 = load i32, ptr %5, align 4
  %8 = load i32, ptr %2, align 4
  %9 = icmp slt i32 %7, %8
  br i1 %9, label %10, label %19

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 4
  %12 = getelementptr inbounds i8, ptr %11, i32 4
  store ptr %12, ptr %3, align 4
  %13 = load i32, ptr %11, align 4
  %14 = load i32, ptr %4, align 4
  %15 = add nsw i32 %14, %13
  store i32 %15, ptr %4, align 4
  br label %16

16:                                               ; preds = %10
  %17 = load i32, ptr %5, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %5, align 4
  br label %6, !llvm.loop !2

19:                                               ; preds = %6
  call void @llvm.va_end.p0(ptr %3)
  %20 = load i32, ptr %4, align 4
  ret i32 %20
}

; Function Attrs: noinline nounwind optnone
define internal double @sum_mixed(ptr noundef %0, ...) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca ptr, align 4
  %4 = alloca double, align 8
  %5 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  store double 0.000000e+00, ptr %4, align 8
  %6 = load ptr, ptr %2, align 4
  store ptr %6, ptr %5, align 4
  br label %7

7:                                                ; preds = %57, %1
  %8 = load ptr, ptr %5, align 4
  %9 = load i8, ptr %8, align 1
  %10 = icmp ne i8 %9, 0
  br i1 %10, label %11, label %60

11:                                               ; preds = %7
  %12 = load ptr, ptr %5, align 4
  %13 = load i8, ptr %12, align 1
  %14 = sext i8 %13 to i32
  switch i32 %14, label %56 [
    i32 105, label %15
    i32 108, label %22
    i32 100, label %31
    i32 112, label %39
    i32 115, label %47
  ]

15:                                               ; preds = %11
  %16 = load ptr, ptr %3, align 4
  %17 = getelementptr inbounds i8, ptr %16, i32 4
  store ptr %17, ptr %3, align 4
  %18 = load i32, ptr %16, align 4
  %19 = sitofp i32 %18 to double
  %20 = load double, ptr %4, align 8
  %21 = fadd double %20, %19
  store double %21, ptr %4, align 8
  br label %56

22:                                               ; preds = %11
  %23 = load ptr, ptr %3, align 4
  %24 = getelementptr inbounds i8, ptr %23, i32 7
  %25 = call ptr @llvm.ptrmask.p0.i32(ptr %24, i32 -8)
  %26 = getelementptr inbounds i8, ptr %25, i32 8
  store ptr %26, ptr %3, align 4
  %27 = load i64, ptr %25, align 8
  %28 = sitofp i64 %27 to double
  %29 = load double, ptr %4, align 8
  %30 = fadd double %29, %28
  store double %30, ptr %4, align 8
  br label %56

31:                                               ; preds = %11
  %32 = load ptr, ptr %3, align 4
  %33 = getelementptr inbounds i8, ptr %32, i32 7
  %34 = call ptr @llvm.ptrmask.p0.i32(ptr %33, i32 -8)
  %35 = getelementptr inbounds i8, ptr %34, i32 8
  store ptr %35, ptr %3, align 4
  %36 = load double, ptr %34, align 8
  %37 = load double, ptr %4, align 8
  %38 = fadd double %37, %36
  store double %38, ptr %4, align 8
  br label %56

39:                                               ; preds = %11
  %40 = load ptr, ptr %3, align 4
  %41 = getelementptr inbounds i8, ptr %40, i32 4
  store ptr %41, ptr %3, align 4
  %42 = load ptr, ptr %40, align 4
  %43 = load i32, ptr %42, align 4
  %44 = sitofp i32 %43 to double
  %45 = load double, ptr %4, align 8
  %46 = fadd double %45, %44
  store double %46, ptr %4, align 8
  br label %56

47:                                               ; preds = %11
  %48 = load ptr, ptr %3, align 4
  %49 = getelementptr inbounds i8, ptr %48, i32 4
  store ptr %49, ptr %3, align 4
  %50 = load ptr, ptr %48, align 4
  %51 = getelementptr inbounds i8, ptr %50, i32 0
  %52 = load i8, ptr %51, align 1
  %53 = sitofp i8 %52 to double
  %54 = load double, ptr %4, align 8
  %55 = fadd double %54, %53
  store double %55, ptr %4, align 8
  br label %56

56:                                               ; preds = %11, %47, %39, %31, %22, %15
  br label %57

57:                                               ; preds = %56
  %58 = load ptr, ptr %5, align 4
  %59 = getelementptr inbounds nuw i8, ptr %58, i32 1
  store ptr %59, ptr %5, align 4
  br label %7, !llvm.loop !4

60:                                               ; preds = %7
  call void @llvm.va_end.p0(ptr %3)
  %61 = load double, ptr %4, align 8
  ret double %61
}

; Function Attrs: noinline nounwind optnone
define internal i32 @count_twice(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  %5 = load i32, ptr %2, align 4
  %6 = load ptr, ptr %3, align 4
  %7 = call i32 @vcount_twice(i32 noundef %5, ptr noundef %6)
  store i32 %7, ptr %4, align 4
  call void @llvm.va_end.p0(ptr %3)
  %8 = load i32, ptr %4, align 4
  ret i32 %8
}

; Function Attrs: noinline nounwind optnone
define internal void @my_printf(ptr noundef %0, ...) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  %5 = load ptr, ptr %2, align 4
  store ptr %5, ptr %4, align 4
  br label %6

6:                                                ; preds = %86, %1
  %7 = load ptr, ptr %4, align 4
  %8 = load i8, ptr %7, align 1
  %9 = icmp ne i8 %8, 0
  br i1 %9, label %10, label %89

10:                                               ; preds = %6
  %11 = load ptr, ptr %4, align 4
  %12 = load i8, ptr %11, align 1
  %13 = sext i8 %12 to i32
  %14 = icmp ne i32 %13, 37
  br i1 %14, label %15, label %20

15:                                               ; preds = %10
  %16 = load ptr, ptr %4, align 4
  %17 = load i8, ptr %16, align 1
  %18 = sext i8 %17 to i32
  %19 = call i32 @putchar(i32 noundef %18)
  br label %86

20:                                               ; preds = %10
  %21 = load ptr, ptr %4, align 4
  %22 = getelementptr inbounds nuw i8, ptr %21, i32 1
  store ptr %22, ptr %4, align 4
  %23 = load ptr, ptr %4, align 4
  %24 = load i8, ptr %23, align 1
  %25 = sext i8 %24 to i32
  %26 = icmp eq i32 %25, 100
  br i1 %26, label %27, label %32

27:                                               ; preds = %20
  %28 = load ptr, ptr %3, align 4
  %29 = getelementptr inbounds i8, ptr %28, i32 4
  store ptr %29, ptr %3, align 4
  %30 = load i32, ptr %28, align 4
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %30)
  br label %85

32:                                               ; preds = %20
  %33 = load ptr, ptr %4, align 4
  %34 = load i8, ptr %33, align 1
  %35 = sext i8 %34 to i32
  %36 = icmp eq i32 %35, 102
  br i1 %36, label %37, label %44

37:                                               ; preds = %32
  %38 = load ptr, ptr %3, align 4
  %39 = getelementptr inbounds i8, ptr %38, i32 7
  %40 = call ptr @llvm.ptrmask.p0.i32(ptr %39, i32 -8)
  %41 = getelementptr inbounds i8, ptr %40, i32 8
  store ptr %41, ptr %3, align 4
  %42 = load double, ptr %40, align 8
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, double noundef %42)
  br label %84

44:                                               ; preds = %32
  %45 = load ptr, ptr %4, align 4
  %46 = load i8, ptr %45, align 1
  %47 = sext i8 %46 to i32
  %48 = icmp eq i32 %47, 115
  br i1 %48, label %49, label %54

49:                                               ; preds = %44
  %50 = load ptr, ptr %3, align 4
  %51 = getelementptr inbounds i8, ptr %50, i32 4
  store ptr %51, ptr %3, align 4
  %52 = load ptr, ptr %50, align 4
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, ptr noundef %52)
  br label %83

54:                                               ; preds = %44
  %55 = load ptr, ptr %4, align 4
  %56 = load i8, ptr %55, align 1
  %57 = sext i8 %56 to i32
  %58 = icmp eq i32 %57, 99
  br i1 %58, label %59, label %64

59:                                               ; preds = %54
  %60 = load ptr, ptr %3, align 4
  %61 = getelementptr inbounds i8, ptr %60, i32 4
  store ptr %61, ptr %3, align 4
  %62 = load i32, ptr %60, align 4
  %63 = call i32 @putchar(i32 noundef %62)
  br label %82

64:                                               ; preds = %54
  %65 = load ptr, ptr %4, align 4
  %66 = load i8, ptr %65, align 1
  %67 = sext i8 %66 to i32
  %68 = icmp eq i32 %67, 76
  br i1 %68, label %69, label %76

69:                                               ; preds = %64
  %70 = load ptr, ptr %3, align 4
  %71 = getelementptr inbounds i8, ptr %70, i32 7
  %72 = call ptr @llvm.ptrmask.p0.i32(ptr %71, i32 -8)
  %73 = getelementptr inbounds i8, ptr %72, i32 8
  store ptr %73, ptr %3, align 4
  %74 = load i64, ptr %72, align 8
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i64 noundef %74)
  br label %81

76:                                               ; preds = %64
  %77 = load ptr, ptr %4, align 4
  %78 = load i8, ptr %77, align 1
  %79 = sext i8 %78 to i32
  %80 = call i32 @putchar(i32 noundef %79)
  br label %81

81:                                               ; preds = %76, %69
  br label %82

82:                                               ; preds = %81, %59
  br label %83

83:                                               ; preds = %82, %49
  br label %84

84:                                               ; preds = %83, %37
  br label %85

85:                                               ; preds = %84, %27
  br label %86

86:                                               ; preds = %85, %15
  %87 = load ptr, ptr %4, align 4
  %88 = getelementptr inbounds nuw i8, ptr %87, i32 1
  store ptr %88, ptr %4, align 4
  br label %6, !llvm.loop !5

89:                                               ; preds = %6
  call void @llvm.va_end.p0(ptr %3)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal double @avg(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  store i32 %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  call void @llvm.va_copy.p0(ptr %4, ptr %3)
  store double 0.000000e+00, ptr %5, align 8
  store double -1.000000e+300, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %10

10:                                               ; preds = %22, %1
  %11 = load i32, ptr %7, align 4
  %12 = load i32, ptr %2, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %25

14:                                               ; preds = %10
  %15 = load ptr, ptr %3, align 4
  %16 = getelementptr inbounds i8, ptr %15, i32 7
  %17 = call ptr @llvm.ptrmask.p0.i32(ptr %16, i32 -8)
  %18 = getelementptr inbounds i8, ptr %17, i32 8
  store ptr %18, ptr %3, align 4
  %19 = load double, ptr %17, align 8
  %20 = load double, ptr %5, align 8
  %21 = fadd double %20, %19
  store double %21, ptr %5, align 8
  br label %22

22:                                               ; preds = %14
  %23 = load i32, ptr %7, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %7, align 4
  br label %10, !llvm.loop !6

25:                                               ; preds = %10
  store i32 0, ptr %8, align 4
  br label %26

26:                                               ; preds = %42, %25
  %27 = load i32, ptr %8, align 4
  %28 = load i32, ptr %2, align 4
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %30, label %45

30:                                               ; preds = %26
  %31 = load ptr, ptr %4, align 4
  %32 = getelementptr inbounds i8, ptr %31, i32 7
  %33 = call ptr @llvm.ptrmask.p0.i32(ptr %32, i32 -8)
  %34 = getelementptr inbounds i8, ptr %33, i32 8
  store ptr %34, ptr %4, align 4
  %35 = load double, ptr %33, align 8
  store double %35, ptr %9, align 8
  %36 = load double, ptr %9, align 8
  %37 = load double, ptr %6, align 8
  %38 = fcmp ogt double %36, %37
  br i1 %38, label %39, label %41

39:                                               ; preds = %30
  %40 = load double, ptr %9, align 8
  store double %40, ptr %6, align 8
  br label %41

41:                                               ; preds = %39, %30
  br label %42

42:                                               ; preds = %41
  %43 = load i32, ptr %8, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %8, align 4
  br label %26, !llvm.loop !7

45:                                               ; preds = %26
  call void @llvm.va_end.p0(ptr %4)
  call void @llvm.va_end.p0(ptr %3)
  %46 = load double, ptr %5, align 8
  %47 = load i32, ptr %2, align 4
  %48 = sitofp i32 %47 to double
  %49 = fdiv double %46, %48
  %50 = load double, ptr %6, align 8
  %51 = fadd double %49, %50
  ret double %51
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal double @sum_structs(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 4
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  %6 = alloca %struct.Pair, align 8
  store i32 %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  store double 0.000000e+00, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %7

7:                                                ; preds = %22, %1
  %8 = load i32, ptr %5, align 4
  %9 = load i32, ptr %2, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %25

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 4
  %13 = getelementptr inbounds i8, ptr %12, i32 4
  store ptr %13, ptr %3, align 4
  %14 = load ptr, ptr %12, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %6, ptr align 8 %14, i32 16, i1 false)
  %15 = getelementptr inbounds nuw %struct.Pair, ptr %6, i32 0, i32 0
  %16 = load i32, ptr %15, align 8
  %17 = sitofp i32 %16 to double
  %18 = getelementptr inbounds nuw %struct.Pair, ptr %6, i32 0, i32 1
  %19 = load double, ptr %18, align 8
  %20 = load double, ptr %4, align 8
  %21 = call double @llvm.fmuladd.f64(double %17, double %19, double %20)
  store double %21, ptr %4, align 8
  br label %22

22:                                               ; preds = %11
  %23 = load i32, ptr %5, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %5, align 4
  br label %7, !llvm.loop !8

25:                                               ; preds = %7
  call void @llvm.va_end.p0(ptr %3)
  %26 = load double, ptr %4, align 8
  ret double %26
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr @llvm.ptrmask.p0.i32(ptr, i32) #4

; Function Attrs: noinline nounwind optnone
define internal i32 @vcount_twice(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  call void @llvm.va_copy.p0(ptr %5, ptr %4)
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %10

10:                                               ; preds = %20, %2
  %11 = load i32, ptr %8, align 4
  %12 = load i32, ptr %3, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %23

14:                                               ; preds = %10
  %15 = load ptr, ptr %4, align 4
  %16 = getelementptr inbounds i8, ptr %15, i32 4
  store ptr %16, ptr %4, align 4
  %17 = load i32, ptr %15, align 4
  %18 = load i32, ptr %6, align 4
  %19 = add nsw i32 %18, %17
  store i32 %19, ptr %6, align 4
  br label %20

20:                                               ; preds = %14
  %21 = load i32, ptr %8, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %8, align 4
  br label %10, !llvm.loop !9

23:                                               ; preds = %10
  store i32 0, ptr %9, align 4
  br label %24

24:                                               ; preds = %35, %23
  %25 = load i32, ptr %9, align 4
  %26 = load i32, ptr %3, align 4
  %27 = icmp slt i32 %25, %26
  br i1 %27, label %28, label %38

28:                                               ; preds = %24
  %29 = load ptr, ptr %5, align 4
  %30 = getelementptr inbounds i8, ptr %29, i32 4
  store ptr %30, ptr %5, align 4
  %31 = load i32, ptr %29, align 4
  %32 = mul nsw i32 %31, 2
  %33 = load i32, ptr %7, align 4
  %34 = add nsw i32 %33, %32
  store i32 %34, ptr %7, align 4
  br label %35

35:                                               ; preds = %28
  %36 = load i32, ptr %9, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %9, align 4
  br label %24, !llvm.loop !10

38:                                               ; preds = %24
  call void @llvm.va_end.p0(ptr %5)
  %39 = load i32, ptr %6, align 4
  %40 = mul nsw i32 %39, 1000
  %41 = load i32, ptr %7, align 4
  %42 = add nsw i32 %40, %41
  ret i32 %42
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #3

declare i32 @putchar(i32 noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
