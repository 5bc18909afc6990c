; ModuleID = 'varargs.c'
source_filename = "varargs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Pair = type { i32, double }
%struct.__va_list = type { ptr, ptr, ptr, i32, i32 }

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

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
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
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 @__const.main.p1, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 @__const.main.p2, i64 16, i1 false)
  %17 = load [2 x i64], ptr %3, align 8
  %18 = load [2 x i64], ptr %4, align 8
  %19 = call double (i32, ...) @sum_structs(i32 noundef 2, [2 x i64] %17, [2 x i64] %18)
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %19)
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef -1, i32 noundef -1294967296, i64 noundef 123456, i64 noundef -1234567890123, i64 noundef -1, i32 noundef 48879, i32 noundef 8, i32 noundef 107, ptr noundef @.str.12, double noundef 3.141590e+00, double noundef 0x40C81CD6C8B43958, double noundef 1.000000e-04)
  %22 = call i32 (i32, ...) @sum_ints(i32 noundef 2, i32 noundef 20, i32 noundef 22)
  ret i32 %22
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sum_ints(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.__va_list, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %30, %1
  %7 = load i32, ptr %5, align 4
  %8 = load i32, ptr %2, align 4
  %9 = icmp slt i32 %7, %8
  br i1 %9, label %10, label %33

10:                                               ; preds = %6
  %11 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 3
  %12 = load i32, ptr %11, align 8
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %21, label %14

14:                                               ; preds = %10
  %15 = add i32 %12, 8
  store i32 %15, ptr %11, align 8
  %16 = icmp sle i32 %15, 0
  br i1 %16, label %17, label %21

17:                                               ; preds = %14
  %18 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 1
  %19 = load ptr, ptr %18, align 8
  %20 = getelementptr inbounds i8, ptr %19, i32 %12
  br label %25

21:                                               ; preds = %14, %10
  %22 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 0
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr inbounds i8, ptr %23, i64 8
  store ptr %24, ptr %22, align 8
  br label %25

25:                                               ; preds = %21, %17
  %26 = phi ptr [ %20, %17 ], [ %23, %21 ]
  %27 = load i32, ptr %26, align 8
  %28 = load i32, ptr %4, align 4
  %29 = add nsw i32 %28, %27
  store i32 %29, ptr %4, align 4
  br label %30

30:                                               ; preds = %25
  %31 = load i32, ptr %5, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %5, align 4
  br label %6, !llvm.loop !6

33:                                               ; preds = %6
  call void @llvm.va_end.p0(ptr %3)
  %34 = load i32, ptr %4, align 4
  ret i32 %34
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @sum_mixed(ptr noundef %0, ...) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.__va_list, align 8
  %4 = alloca double, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  call void @llvm.va_start.p0(ptr %3)
  store double 0.000000e+00, ptr %4, align 8
  %6 = load ptr, ptr %2, align 8
  store ptr %6, ptr %5, align 8
  br label %7

7:                                                ; preds = %123, %1
  %8 = load ptr, ptr %5, align 8
  %9 = load i8, ptr %8, align 1
  %10 = icmp ne i8 %9, 0
  br i1 %10, label %11, label %126

11:                                               ; preds = %7
  %12 = load ptr, ptr %5, align 8
  %13 = load i8, ptr %12, align 1
  %14 = zext i8 %13 to i32
  switch i32 %14, label %122 [
    i32 105, label %15
    i32 108, label %36
    i32 100, label %57
    i32 112, label %77
    i32 115, label %99
  ]

15:                                               ; preds = %11
  %16 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 3
  %17 = load i32, ptr %16, align 8
  %18 = icmp sge i32 %17, 0
  br i1 %18, label %26, label %19

19:                                               ; preds = %15
  %20 = add i32 %17, 8
  store i32 %20, ptr %16, align 8
  %21 = icmp sle i32 %20, 0
  br i1 %21, label %22, label %26

22:                                               ; preds = %19
  %23 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 1
  %24 = load ptr, ptr %23, align 8
  %25 = getelementptr inbounds i8, ptr %24, i32 %17
  br label %30

26:                                               ; preds = %19, %15
  %27 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8
  %29 = getelementptr inbounds i8, ptr %28, i64 8
  store ptr %29, ptr %27, align 8
  br label %30

30:                                               ; preds = %26, %22
  %31 = phi ptr [ %25, %22 ], [ %28, %26 ]
  %32 = load i32, ptr %31, align 8
  %33 = sitofp i32 %32 to double
  %34 = load double, ptr %4, align 8
  %35 = fadd double %34, %33
  store double %35, ptr %4, align 8
  br label %122

36:                                               ; preds = %11
  %37 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 3
  %38 = load i32, ptr %37, align 8
  %39 = icmp sge i32 %38, 0
  br i1 %39, label %47, label %40

40:                                               ; preds = %36
  %41 = add i32 %38, 8
  store i32 %41, ptr %37, align 8
  %42 = icmp sle i32 %41, 0
  br i1 %42, label %43, label %47

43:                                               ; preds = %40
  %44 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 1
  %45 = load ptr, ptr %44, align 8
  %46 = getelementptr inbounds i8, ptr %45, i32 %38
  br label %51

47:                                               ; preds = %40, %36
  %48 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 0
  %49 = load ptr, ptr %48, align 8
  %50 = getelementptr inbounds i8, ptr %49, i64 8
  store ptr %50, ptr %48, align 8
  br label %51

51:                                               ; preds = %47, %43
  %52 = phi ptr [ %46, %43 ], [ %49, %47 ]
  %53 = load i64, ptr %52, align 8
  %54 = sitofp i64 %53 to double
  %55 = load double, ptr %4, align 8
  %56 = fadd double %55, %54
  store double %56, ptr %4, align 8
  br label %122

57:                                               ; preds = %11
  %58 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 4
  %59 = load i32, ptr %58, align 4
  %60 = icmp sge i32 %59, 0
  br i1 %60, label %68, label %61

61:                                               ; preds = %57
  %62 = add i32 %59, 16
  store i32 %62, ptr %58, align 4
  %63 = icmp sle i32 %62, 0
  br i1 %63, label %64, label %68

64:                                               ; preds = %61
  %65 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 2
  %66 = load ptr, ptr %65, align 8
  %67 = getelementptr inbounds i8, ptr %66, i32 %59
  br label %72

68:                                               ; preds = %61, %57
  %69 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 0
  %70 = load ptr, ptr %69, align 8
  %71 = getelementptr inbounds i8, ptr %70, i64 8
  store ptr %71, ptr %69, align 8
  br label %72

72:                                               ; preds = %68, %64
  %73 = phi ptr [ %67, %64 ], [ %70, %68 ]
  %74 = load double, ptr %73, align 8
  %75 = load double, ptr %4, align 8
  %76 = fadd double %75, %74
  store double %76, ptr %4, align 8
  br label %122

77:                                               ; preds = %11
  %78 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 3
  %79 = load i32, ptr %78, align 8
  %80 = icmp sge i32 %79, 0
  br i1 %80, label %88, label %81

81:                                               ; preds = %77
  %82 = add i32 %79, 8
  store i32 %82, ptr %78, align 8
  %83 = icmp sle i32 %82, 0
  br i1 %83, label %84, label %88

84:                                               ; preds = %81
  %85 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 1
  %86 = load ptr, ptr %85, align 8
  %87 = getelementptr inbounds i8, ptr %86, i32 %79
  br label %92

88:                                               ; preds = %81, %77
  %89 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 0
  %90 = load ptr, ptr %89, align 8
  %91 = getelementptr inbounds i8, ptr %90, i64 8
  store ptr %91, ptr %89, align 8
  br label %92

92:                                               ; preds = %88, %84
  %93 = phi ptr [ %87, %84 ], [ %90, %88 ]
  %94 = load ptr, ptr %93, align 8
  %95 = load i32, ptr %94, align 4
  %96 = sitofp i32 %95 to double
  %97 = load double, ptr %4, align 8
  %98 = fadd double %97, %96
  store double %98, ptr %4, align 8
  br label %122

99:                                               ; preds = %11
  %100 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 3
  %101 = load i32, ptr %100, align 8
  %102 = icmp sge i32 %101, 0
  br i1 %102, label %110, label %103

103:                                              ; preds = %99
  %104 = add i32 %101, 8
  store i32 %104, ptr %100, align 8
  %105 = icmp sle i32 %104, 0
  br i1 %105, label %106, label %110

106:                                              ; preds = %103
  %107 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 1
  %108 = load ptr, ptr %107, align 8
  %109 = getelementptr inbounds i8, ptr %108, i32 %101
  br label %114

110:                                              ; preds = %103, %99
  %111 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 0
  %112 = load ptr, ptr %111, align 8
  %113 = getelementptr inbounds i8, ptr %112, i64 8
  store ptr %113, ptr %111, align 8
  br label %114

114:                                              ; preds = %110, %106
  %115 = phi ptr [ %109, %106 ], [ %112, %110 ]
  %116 = load ptr, ptr %115, align 8
  %117 = getelementptr inbounds i8, ptr %116, i64 0
  %118 = load i8, ptr %117, align 1
  %119 = uitofp i8 %118 to double
  %120 = load double, ptr %4, align 8
  %121 = fadd double %120, %119
  store double %121, ptr %4, align 8
  br label %122

122:                                              ; preds = %11, %114, %92, %72, %51, %30
  br label %123

123:                                              ; preds = %122
  %124 = load ptr, ptr %5, align 8
  %125 = getelementptr inbounds nuw i8, ptr %124, i32 1
  store ptr %125, ptr %5, align 8
  br label %7, !llvm.loop !8

126:                                              ; preds = %7
  call void @llvm.va_end.p0(ptr %3)
  %127 = load double, ptr %4, align 8
  ret double %127
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @count_twice(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.__va_list, align 8
  %4 = alloca i32, align 4
  %5 = alloca %struct.__va_list, align 8
  store i32 %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  %6 = load i32, ptr %2, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %3, i64 32, i1 false)
  %7 = call i32 @vcount_twice(i32 noundef %6, ptr noundef %5)
  store i32 %7, ptr %4, align 4
  call void @llvm.va_end.p0(ptr %3)
  %8 = load i32, ptr %4, align 4
  ret i32 %8
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @my_printf(ptr noundef %0, ...) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.__va_list, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  call void @llvm.va_start.p0(ptr %3)
  %5 = load ptr, ptr %2, align 8
  store ptr %5, ptr %4, align 8
  br label %6

6:                                                ; preds = %152, %1
  %7 = load ptr, ptr %4, align 8
  %8 = load i8, ptr %7, align 1
  %9 = icmp ne i8 %8, 0
  br i1 %9, label %10, label %155

10:                                               ; preds = %6
  %11 = load ptr, ptr %4, align 8
  %12 = load i8, ptr %11, align 1
  %13 = zext i8 %12 to i32
  %14 = icmp ne i32 %13, 37
  br i1 %14, label %15, label %20

15:                                               ; preds = %10
  %16 = load ptr, ptr %4, align 8
  %17 = load i8, ptr %16, align 1
  %18 = zext i8 %17 to i32
  %19 = call i32 @putchar(i32 noundef %18)
  br label %152

20:                                               ; preds = %10
  %21 = load ptr, ptr %4, align 8
  %22 = getelementptr inbounds nuw i8, ptr %21, i32 1
  store ptr %22, ptr %4, align 8
  %23 = load ptr, ptr %4, align 8
  %24 = load i8, ptr %23, align 1
  %25 = zext i8 %24 to i32
  %26 = icmp eq i32 %25, 100
  br i1 %26, label %27, label %46

27:                                               ; preds = %20
  %28 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 3
  %29 = load i32, ptr %28, align 8
  %30 = icmp sge i32 %29, 0
  br i1 %30, label %38, label %31

31:                                               ; preds = %27
  %32 = add i32 %29, 8
  store i32 %32, ptr %28, align 8
  %33 = icmp sle i32 %32, 0
  br i1 %33, label %34, label %38

34:                                               ; preds = %31
  %35 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 1
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr inbounds i8, ptr %36, i32 %29
  br label %42

38:                                               ; preds = %31, %27
  %39 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 0
  %40 = load ptr, ptr %39, align 8
  %41 = getelementptr inbounds i8, ptr %40, i64 8
  store ptr %41, ptr %39, align 8
  br label %42

42:                                               ; preds = %38, %34
  %43 = phi ptr [ %37, %34 ], [ %40, %38 ]
  %44 = load i32, ptr %43, align 8
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %44)
  br label %151

46:                                               ; preds = %20
  %47 = load ptr, ptr %4, align 8
  %48 = load i8, ptr %47, align 1
  %49 = zext i8 %48 to i32
  %50 = icmp eq i32 %49, 102
  br i1 %50, label %51, label %70

51:                                               ; preds = %46
  %52 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 4
  %53 = load i32, ptr %52, align 4
  %54 = icmp sge i32 %53, 0
  br i1 %54, label %62, label %55

55:                                               ; preds = %51
  %56 = add i32 %53, 16
  store i32 %56, ptr %52, align 4
  %57 = icmp sle i32 %56, 0
  br i1 %57, label %58, label %62

58:                                               ; preds = %55
  %59 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 2
  %60 = load ptr, ptr %59, align 8
  %61 = getelementptr inbounds i8, ptr %60, i32 %53
  br label %66

62:                                               ; preds = %55, %51
  %63 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 0
  %64 = load ptr, ptr %63, align 8
  %65 = getelementptr inbounds i8, ptr %64, i64 8
  store ptr %65, ptr %63, align 8
  br label %66

66:                                               ; preds = %62, %58
  %67 = phi ptr [ %61, %58 ], [ %64, %62 ]
  %68 = load double, ptr %67, align 8
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, double noundef %68)
  br label %150

70:                                               ; preds = %46
  %71 = load ptr, ptr %4, align 8
  %72 = load i8, ptr %71, align 1
  %73 = zext i8 %72 to i32
  %74 = icmp eq i32 %73, 115
  br i1 %74, label %75, label %94

75:                                               ; preds = %70
  %76 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 3
  %77 = load i32, ptr %76, align 8
  %78 = icmp sge i32 %77, 0
  br i1 %78, label %86, label %79

79:                                               ; preds = %75
  %80 = add i32 %77, 8
  store i32 %80, ptr %76, align 8
  %81 = icmp sle i32 %80, 0
  br i1 %81, label %82, label %86

82:                                               ; preds = %79
  %83 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 1
  %84 = load ptr, ptr %83, align 8
  %85 = getelementptr inbounds i8, ptr %84, i32 %77
  br label %90

86:                                               ; preds = %79, %75
  %87 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 0
  %88 = load ptr, ptr %87, align 8
  %89 = getelementptr inbounds i8, ptr %88, i64 8
  store ptr %89, ptr %87, align 8
  br label %90

90:                                               ; preds = %86, %82
  %91 = phi ptr [ %85, %82 ], [ %88, %86 ]
  %92 = load ptr, ptr %91, align 8
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, ptr noundef %92)
  br label %149

94:                                               ; preds = %70
  %95 = load ptr, ptr %4, align 8
  %96 = load i8, ptr %95, align 1
  %97 = zext i8 %96 to i32
  %98 = icmp eq i32 %97, 99
  br i1 %98, label %99, label %118

99:                                               ; preds = %94
  %100 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 3
  %101 = load i32, ptr %100, align 8
  %102 = icmp sge i32 %101, 0
  br i1 %102, label %110, label %103

103:                                              ; preds = %99
  %104 = add i32 %101, 8
  store i32 %104, ptr %100, align 8
  %105 = icmp sle i32 %104, 0
  br i1 %105, label %106, label %110

106:                                              ; preds = %103
  %107 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 1
  %108 = load ptr, ptr %107, align 8
  %109 = getelementptr inbounds i8, ptr %108, i32 %101
  br label %114

110:                                              ; preds = %103, %99
  %111 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 0
  %112 = load ptr, ptr %111, align 8
  %113 = getelementptr inbounds i8, ptr %112, i64 8
  store ptr %113, ptr %111, align 8
  br label %114

114:                                              ; preds = %110, %106
  %115 = phi ptr [ %109, %106 ], [ %112, %110 ]
  %116 = load i32, ptr %115, align 8
  %117 = call i32 @putchar(i32 noundef %116)
  br label %148

118:                                              ; preds = %94
  %119 = load ptr, ptr %4, align 8
  %120 = load i8, ptr %119, align 1
  %121 = zext i8 %120 to i32
  %122 = icmp eq i32 %121, 76
  br i1 %122, label %123, label %142

123:                                              ; preds = %118
  %124 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 3
  %125 = load i32, ptr %124, align 8
  %126 = icmp sge i32 %125, 0
  br i1 %126, label %134, label %127

127:                                              ; preds = %123
  %128 = add i32 %125, 8
  store i32 %128, ptr %124, align 8
  %129 = icmp sle i32 %128, 0
  br i1 %129, label %130, label %134

130:                                              ; preds = %127
  %131 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 1
  %132 = load ptr, ptr %131, align 8
  %133 = getelementptr inbounds i8, ptr %132, i32 %125
  br label %138

134:                                              ; preds = %127, %123
  %135 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 0
  %136 = load ptr, ptr %135, align 8
  %137 = getelementptr inbounds i8, ptr %136, i64 8
  store ptr %137, ptr %135, align 8
  br label %138

138:                                              ; preds = %134, %130
  %139 = phi ptr [ %133, %130 ], [ %136, %134 ]
  %140 = load i64, ptr %139, align 8
  %141 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i64 noundef %140)
  br label %147

142:                                              ; preds = %118
  %143 = load ptr, ptr %4, align 8
  %144 = load i8, ptr %143, align 1
  %145 = zext i8 %144 to i32
  %146 = call i32 @putchar(i32 noundef %145)
  br label %147

147:                                              ; preds = %142, %138
  br label %148

148:                                              ; preds = %147, %114
  br label %149

149:                                              ; preds = %148, %90
  br label %150

150:                                              ; preds = %149, %66
  br label %151

151:                                              ; preds = %150, %42
  br label %152

152:                                              ; preds = %151, %15
  %153 = load ptr, ptr %4, align 8
  %154 = getelementptr inbounds nuw i8, ptr %153, i32 1
  store ptr %154, ptr %4, align 8
  br label %6, !llvm.loop !9

155:                                              ; preds = %6
  call void @llvm.va_end.p0(ptr %3)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @avg(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.__va_list, align 8
  %4 = alloca %struct.__va_list, align 8
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

10:                                               ; preds = %34, %1
  %11 = load i32, ptr %7, align 4
  %12 = load i32, ptr %2, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %37

14:                                               ; preds = %10
  %15 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 4
  %16 = load i32, ptr %15, align 4
  %17 = icmp sge i32 %16, 0
  br i1 %17, label %25, label %18

18:                                               ; preds = %14
  %19 = add i32 %16, 16
  store i32 %19, ptr %15, align 4
  %20 = icmp sle i32 %19, 0
  br i1 %20, label %21, label %25

21:                                               ; preds = %18
  %22 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 2
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr inbounds i8, ptr %23, i32 %16
  br label %29

25:                                               ; preds = %18, %14
  %26 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 0
  %27 = load ptr, ptr %26, align 8
  %28 = getelementptr inbounds i8, ptr %27, i64 8
  store ptr %28, ptr %26, align 8
  br label %29

29:                                               ; preds = %25, %21
  %30 = phi ptr [ %24, %21 ], [ %27, %25 ]
  %31 = load double, ptr %30, align 8
  %32 = load double, ptr %5, align 8
  %33 = fadd double %32, %31
  store double %33, ptr %5, align 8
  br label %34

34:                                               ; preds = %29
  %35 = load i32, ptr %7, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %7, align 4
  br label %10, !llvm.loop !10

37:                                               ; preds = %10
  store i32 0, ptr %8, align 4
  br label %38

38:                                               ; preds = %66, %37
  %39 = load i32, ptr %8, align 4
  %40 = load i32, ptr %2, align 4
  %41 = icmp slt i32 %39, %40
  br i1 %41, label %42, label %69

42:                                               ; preds = %38
  %43 = getelementptr inbounds nuw %struct.__va_list, ptr %4, i32 0, i32 4
  %44 = load i32, ptr %43, align 4
  %45 = icmp sge i32 %44, 0
  br i1 %45, label %53, label %46

46:                                               ; preds = %42
  %47 = add i32 %44, 16
  store i32 %47, ptr %43, align 4
  %48 = icmp sle i32 %47, 0
  br i1 %48, label %49, label %53

49:                                               ; preds = %46
  %50 = getelementptr inbounds nuw %struct.__va_list, ptr %4, i32 0, i32 2
  %51 = load ptr, ptr %50, align 8
  %52 = getelementptr inbounds i8, ptr %51, i32 %44
  br label %57

53:                                               ; preds = %46, %42
  %54 = getelementptr inbounds nuw %struct.__va_list, ptr %4, i32 0, i32 0
  %55 = load ptr, ptr %54, align 8
  %56 = getelementptr inbounds i8, ptr %55, i64 8
  store ptr %56, ptr %54, align 8
  br label %57

57:                                               ; preds = %53, %49
  %58 = phi ptr [ %52, %49 ], [ %55, %53 ]
  %59 = load double, ptr %58, align 8
  store double %59, ptr %9, align 8
  %60 = load double, ptr %9, align 8
  %61 = load double, ptr %6, align 8
  %62 = fcmp ogt double %60, %61
  br i1 %62, label %63, label %65

63:                                               ; preds = %57
  %64 = load double, ptr %9, align 8
  store double %64, ptr %6, align 8
  br label %65

65:                                               ; preds = %63, %57
  br label %66

66:                                               ; preds = %65
  %67 = load i32, ptr %8, align 4
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %8, align 4
  br label %38, !llvm.loop !11

69:                                               ; preds = %38
  call void @llvm.va_end.p0(ptr %4)
  call void @llvm.va_end.p0(ptr %3)
  %70 = load double, ptr %5, align 8
  %71 = load i32, ptr %2, align 4
  %72 = sitofp i32 %71 to double
  %73 = fdiv double %70, %72
  %74 = load double, ptr %6, align 8
  %75 = fadd double %73, %74
  ret double %75
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal double @sum_structs(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.__va_list, align 8
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  %6 = alloca %struct.Pair, align 8
  store i32 %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  store double 0.000000e+00, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %7

7:                                                ; preds = %35, %1
  %8 = load i32, ptr %5, align 4
  %9 = load i32, ptr %2, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %38

11:                                               ; preds = %7
  %12 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 3
  %13 = load i32, ptr %12, align 8
  %14 = icmp sge i32 %13, 0
  br i1 %14, label %22, label %15

15:                                               ; preds = %11
  %16 = add i32 %13, 16
  store i32 %16, ptr %12, align 8
  %17 = icmp sle i32 %16, 0
  br i1 %17, label %18, label %22

18:                                               ; preds = %15
  %19 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 1
  %20 = load ptr, ptr %19, align 8
  %21 = getelementptr inbounds i8, ptr %20, i32 %13
  br label %26

22:                                               ; preds = %15, %11
  %23 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 0
  %24 = load ptr, ptr %23, align 8
  %25 = getelementptr inbounds i8, ptr %24, i64 16
  store ptr %25, ptr %23, align 8
  br label %26

26:                                               ; preds = %22, %18
  %27 = phi ptr [ %21, %18 ], [ %24, %22 ]
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 %27, i64 16, i1 false)
  %28 = getelementptr inbounds nuw %struct.Pair, ptr %6, i32 0, i32 0
  %29 = load i32, ptr %28, align 8
  %30 = sitofp i32 %29 to double
  %31 = getelementptr inbounds nuw %struct.Pair, ptr %6, i32 0, i32 1
  %32 = load double, ptr %31, align 8
  %33 = load double, ptr %4, align 8
  %34 = call double @llvm.fmuladd.f64(double %30, double %32, double %33)
  store double %34, ptr %4, align 8
  br label %35

35:                                               ; preds = %26
  %36 = load i32, ptr %5, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %5, align 4
  br label %7, !llvm.loop !12

38:                                               ; preds = %7
  call void @llvm.va_end.p0(ptr %3)
  %39 = load double, ptr %4, align 8
  ret double %39
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @vcount_twice(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca %struct.__va_list, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 8
  call void @llvm.va_copy.p0(ptr %5, ptr %1)
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %10

10:                                               ; preds = %34, %2
  %11 = load i32, ptr %8, align 4
  %12 = load i32, ptr %3, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %37

14:                                               ; preds = %10
  %15 = getelementptr inbounds nuw %struct.__va_list, ptr %1, i32 0, i32 3
  %16 = load i32, ptr %15, align 8
  %17 = icmp sge i32 %16, 0
  br i1 %17, label %25, label %18

18:                                               ; preds = %14
  %19 = add i32 %16, 8
  store i32 %19, ptr %15, align 8
  %20 = icmp sle i32 %19, 0
  br i1 %20, label %21, label %25

21:                                               ; preds = %18
  %22 = getelementptr inbounds nuw %struct.__va_list, ptr %1, i32 0, i32 1
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr inbounds i8, ptr %23, i32 %16
  br label %29

25:                                               ; preds = %18, %14
  %26 = getelementptr inbounds nuw %struct.__va_list, ptr %1, i32 0, i32 0
  %27 = load ptr, ptr %26, align 8
  %28 = getelementptr inbounds i8, ptr %27, i64 8
  store ptr %28, ptr %26, align 8
  br label %29

29:                                               ; preds = %25, %21
  %30 = phi ptr [ %24, %21 ], [ %27, %25 ]
  %31 = load i32, ptr %30, align 8
  %32 = load i32, ptr %6, align 4
  %33 = add nsw i32 %32, %31
  store i32 %33, ptr %6, align 4
  br label %34

34:                                               ; preds = %29
  %35 = load i32, ptr %8, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %8, align 4
  br label %10, !llvm.loop !13

37:                                               ; preds = %10
  store i32 0, ptr %9, align 4
  br label %38

38:                                               ; preds = %63, %37
  %39 = load i32, ptr %9, align 4
  %40 = load i32, ptr %3, align 4
  %41 = icmp slt i32 %39, %40
  br i1 %41, label %42, label %66

42:                                               ; preds = %38
  %43 = getelementptr inbounds nuw %struct.__va_list, ptr %5, i32 0, i32 3
  %44 = load i32, ptr %43, align 8
  %45 = icmp sge i32 %44, 0
  br i1 %45, label %53, label %46

46:                                               ; preds = %42
  %47 = add i32 %44, 8
  store i32 %47, ptr %43, align 8
  %48 = icmp sle i32 %47, 0
  br i1 %48, label %49, label %53

49:                                               ; preds = %46
  %50 = getelementptr inbounds nuw %struct.__va_list, ptr %5, i32 0, i32 1
  %51 = load ptr, ptr %50, align 8
  %52 = getelementptr inbounds i8, ptr %51, i32 %44
  br label %57

53:                                               ; preds = %46, %42
  %54 = getelementptr inbounds nuw %struct.__va_list, ptr %5, i32 0, i32 0
  %55 = load ptr, ptr %54, align 8
  %56 = getelementptr inbounds i8, ptr %55, i64 8
  store ptr %56, ptr %54, align 8
  br label %57

57:                                               ; preds = %53, %49
  %58 = phi ptr [ %52, %49 ], [ %55, %53 ]
  %59 = load i32, ptr %58, align 8
  %60 = mul nsw i32 %59, 2
  %61 = load i32, ptr %7, align 4
  %62 = add nsw i32 %61, %60
  store i32 %62, ptr %7, align 4
  br label %63

63:                                               ; preds = %57
  %64 = load i32, ptr %9, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %9, align 4
  br label %38, !llvm.loop !14

66:                                               ; preds = %38
  call void @llvm.va_end.p0(ptr %5)
  %67 = load i32, ptr %6, align 4
  %68 = mul nsw i32 %67, 1000
  %69 = load i32, ptr %7, align 4
  %70 = add nsw i32 %68, %69
  ret i32 %70
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #3

declare i32 @putchar(i32 noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
