; ModuleID = 'varargs.c'
source_filename = "varargs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Pair = type { i32, double }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

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
  %17 = getelementptr inbounds nuw { i32, double }, ptr %3, i32 0, i32 0
  %18 = load i32, ptr %17, align 8
  %19 = getelementptr inbounds nuw { i32, double }, ptr %3, i32 0, i32 1
  %20 = load double, ptr %19, align 8
  %21 = getelementptr inbounds nuw { i32, double }, ptr %4, i32 0, i32 0
  %22 = load i32, ptr %21, align 8
  %23 = getelementptr inbounds nuw { i32, double }, ptr %4, i32 0, i32 1
  %24 = load double, ptr %23, align 8
  %25 = call double (i32, ...) @sum_structs(i32 noundef 2, i32 %18, double %20, i32 %22, double %24)
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %25)
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef -1, i32 noundef -1294967296, i64 noundef 123456, i64 noundef -1234567890123, i64 noundef -1, i32 noundef 48879, i32 noundef 8, i32 noundef 107, ptr noundef @.str.12, double noundef 3.141590e+00, double noundef 0x40C81CD6C8B43958, double noundef 1.000000e-04)
  %28 = call i32 (i32, ...) @sum_ints(i32 noundef 2, i32 noundef 20, i32 noundef 22)
  ret i32 %28
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sum_ints(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %6)
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %7

7:                                                ; preds = %30, %1
  %8 = load i32, ptr %5, align 4
  %9 = load i32, ptr %2, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %33

11:                                               ; preds = %7
  %12 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %13 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %12, i32 0, i32 0
  %14 = load i32, ptr %13, align 16
  %15 = icmp ule i32 %14, 40
  br i1 %15, label %16, label %21

16:                                               ; preds = %11
  %17 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %12, i32 0, i32 3
  %18 = load ptr, ptr %17, align 16
  %19 = getelementptr i8, ptr %18, i32 %14
  %20 = add i32 %14, 8
  store i32 %20, ptr %13, align 16
  br label %25

21:                                               ; preds = %11
  %22 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %12, i32 0, i32 2
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr i8, ptr %23, i32 8
  store ptr %24, ptr %22, align 8
  br label %25

25:                                               ; preds = %21, %16
  %26 = phi ptr [ %19, %16 ], [ %23, %21 ]
  %27 = load i32, ptr %26, align 4
  %28 = load i32, ptr %4, align 4
  %29 = add nsw i32 %28, %27
  store i32 %29, ptr %4, align 4
  br label %30

30:                                               ; preds = %25
  %31 = load i32, ptr %5, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %5, align 4
  br label %7, !llvm.loop !6

33:                                               ; preds = %7
  %34 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %34)
  %35 = load i32, ptr %4, align 4
  ret i32 %35
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @sum_mixed(ptr noundef %0, ...) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca double, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %6)
  store double 0.000000e+00, ptr %4, align 8
  %7 = load ptr, ptr %2, align 8
  store ptr %7, ptr %5, align 8
  br label %8

8:                                                ; preds = %119, %1
  %9 = load ptr, ptr %5, align 8
  %10 = load i8, ptr %9, align 1
  %11 = icmp ne i8 %10, 0
  br i1 %11, label %12, label %122

12:                                               ; preds = %8
  %13 = load ptr, ptr %5, align 8
  %14 = load i8, ptr %13, align 1
  %15 = sext i8 %14 to i32
  switch i32 %15, label %118 [
    i32 105, label %16
    i32 108, label %36
    i32 100, label %56
    i32 112, label %75
    i32 115, label %96
  ]

16:                                               ; preds = %12
  %17 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %18 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %18, align 16
  %20 = icmp ule i32 %19, 40
  br i1 %20, label %21, label %26

21:                                               ; preds = %16
  %22 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %17, i32 0, i32 3
  %23 = load ptr, ptr %22, align 16
  %24 = getelementptr i8, ptr %23, i32 %19
  %25 = add i32 %19, 8
  store i32 %25, ptr %18, align 16
  br label %30

26:                                               ; preds = %16
  %27 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %17, i32 0, i32 2
  %28 = load ptr, ptr %27, align 8
  %29 = getelementptr i8, ptr %28, i32 8
  store ptr %29, ptr %27, align 8
  br label %30

30:                                               ; preds = %26, %21
  %31 = phi ptr [ %24, %21 ], [ %28, %26 ]
  %32 = load i32, ptr %31, align 4
  %33 = sitofp i32 %32 to double
  %34 = load double, ptr %4, align 8
  %35 = fadd double %34, %33
  store double %35, ptr %4, align 8
  br label %118

36:                                               ; preds = %12
  %37 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %38 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %37, i32 0, i32 0
  %39 = load i32, ptr %38, align 16
  %40 = icmp ule i32 %39, 40
  br i1 %40, label %41, label %46

41:                                               ; preds = %36
  %42 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %37, i32 0, i32 3
  %43 = load ptr, ptr %42, align 16
  %44 = getelementptr i8, ptr %43, i32 %39
  %45 = add i32 %39, 8
  store i32 %45, ptr %38, align 16
  br label %50

46:                                               ; preds = %36
  %47 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %37, i32 0, i32 2
  %48 = load ptr, ptr %47, align 8
  %49 = getelementptr i8, ptr %48, i32 8
  store ptr %49, ptr %47, align 8
  br label %50

50:                                               ; preds = %46, %41
  %51 = phi ptr [ %44, %41 ], [ %48, %46 ]
  %52 = load i64, ptr %51, align 8
  %53 = sitofp i64 %52 to double
  %54 = load double, ptr %4, align 8
  %55 = fadd double %54, %53
  store double %55, ptr %4, align 8
  br label %118

56:                                               ; preds = %12
  %57 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %58 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %57, i32 0, i32 1
  %59 = load i32, ptr %58, align 4
  %60 = icmp ule i32 %59, 160
  br i1 %60, label %61, label %66

61:                                               ; preds = %56
  %62 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %57, i32 0, i32 3
  %63 = load ptr, ptr %62, align 16
  %64 = getelementptr i8, ptr %63, i32 %59
  %65 = add i32 %59, 16
  store i32 %65, ptr %58, align 4
  br label %70

66:                                               ; preds = %56
  %67 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %57, i32 0, i32 2
  %68 = load ptr, ptr %67, align 8
  %69 = getelementptr i8, ptr %68, i32 8
  store ptr %69, ptr %67, align 8
  br label %70

70:                                               ; preds = %66, %61
  %71 = phi ptr [ %64, %61 ], [ %68, %66 ]
  %72 = load double, ptr %71, align 8
  %73 = load double, ptr %4, align 8
  %74 = fadd double %73, %72
  store double %74, ptr %4, align 8
  br label %118

75:                                               ; preds = %12
  %76 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %77 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %76, i32 0, i32 0
  %78 = load i32, ptr %77, align 16
  %79 = icmp ule i32 %78, 40
  br i1 %79, label %80, label %85

80:                                               ; preds = %75
  %81 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %76, i32 0, i32 3
  %82 = load ptr, ptr %81, align 16
  %83 = getelementptr i8, ptr %82, i32 %78
  %84 = add i32 %78, 8
  store i32 %84, ptr %77, align 16
  br label %89

85:                                               ; preds = %75
  %86 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %76, i32 0, i32 2
  %87 = load ptr, ptr %86, align 8
  %88 = getelementptr i8, ptr %87, i32 8
  store ptr %88, ptr %86, align 8
  br label %89

89:                                               ; preds = %85, %80
  %90 = phi ptr [ %83, %80 ], [ %87, %85 ]
  %91 = load ptr, ptr %90, align 8
  %92 = load i32, ptr %91, align 4
  %93 = sitofp i32 %92 to double
  %94 = load double, ptr %4, align 8
  %95 = fadd double %94, %93
  store double %95, ptr %4, align 8
  br label %118

96:                                               ; preds = %12
  %97 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %98 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %97, i32 0, i32 0
  %99 = load i32, ptr %98, align 16
  %100 = icmp ule i32 %99, 40
  br i1 %100, label %101, label %106

101:                                              ; preds = %96
  %102 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %97, i32 0, i32 3
  %103 = load ptr, ptr %102, align 16
  %104 = getelementptr i8, ptr %103, i32 %99
  %105 = add i32 %99, 8
  store i32 %105, ptr %98, align 16
  br label %110

106:                                              ; preds = %96
  %107 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %97, i32 0, i32 2
  %108 = load ptr, ptr %107, align 8
  %109 = getelementptr i8, ptr %108, i32 8
  store ptr %109, ptr %107, align 8
  br label %110

110:                                              ; preds = %106, %101
  %111 = phi ptr [ %104, %101 ], [ %108, %106 ]
  %112 = load ptr, ptr %111, align 8
  %113 = getelementptr inbounds i8, ptr %112, i64 0
  %114 = load i8, ptr %113, align 1
  %115 = sitofp i8 %114 to double
  %116 = load double, ptr %4, align 8
  %117 = fadd double %116, %115
  store double %117, ptr %4, align 8
  br label %118

118:                                              ; preds = %12, %110, %89, %70, %50, %30
  br label %119

119:                                              ; preds = %118
  %120 = load ptr, ptr %5, align 8
  %121 = getelementptr inbounds nuw i8, ptr %120, i32 1
  store ptr %121, ptr %5, align 8
  br label %8, !llvm.loop !8

122:                                              ; preds = %8
  %123 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %123)
  %124 = load double, ptr %4, align 8
  ret double %124
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @count_twice(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %5 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %5)
  %6 = load i32, ptr %2, align 4
  %7 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %8 = call i32 @vcount_twice(i32 noundef %6, ptr noundef %7)
  store i32 %8, ptr %4, align 4
  %9 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %9)
  %10 = load i32, ptr %4, align 4
  ret i32 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @my_printf(ptr noundef %0, ...) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %5 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %5)
  %6 = load ptr, ptr %2, align 8
  store ptr %6, ptr %4, align 8
  br label %7

7:                                                ; preds = %148, %1
  %8 = load ptr, ptr %4, align 8
  %9 = load i8, ptr %8, align 1
  %10 = icmp ne i8 %9, 0
  br i1 %10, label %11, label %151

11:                                               ; preds = %7
  %12 = load ptr, ptr %4, align 8
  %13 = load i8, ptr %12, align 1
  %14 = sext i8 %13 to i32
  %15 = icmp ne i32 %14, 37
  br i1 %15, label %16, label %21

16:                                               ; preds = %11
  %17 = load ptr, ptr %4, align 8
  %18 = load i8, ptr %17, align 1
  %19 = sext i8 %18 to i32
  %20 = call i32 @putchar(i32 noundef %19)
  br label %148

21:                                               ; preds = %11
  %22 = load ptr, ptr %4, align 8
  %23 = getelementptr inbounds nuw i8, ptr %22, i32 1
  store ptr %23, ptr %4, align 8
  %24 = load ptr, ptr %4, align 8
  %25 = load i8, ptr %24, align 1
  %26 = sext i8 %25 to i32
  %27 = icmp eq i32 %26, 100
  br i1 %27, label %28, label %46

28:                                               ; preds = %21
  %29 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %30 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %30, align 16
  %32 = icmp ule i32 %31, 40
  br i1 %32, label %33, label %38

33:                                               ; preds = %28
  %34 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %29, i32 0, i32 3
  %35 = load ptr, ptr %34, align 16
  %36 = getelementptr i8, ptr %35, i32 %31
  %37 = add i32 %31, 8
  store i32 %37, ptr %30, align 16
  br label %42

38:                                               ; preds = %28
  %39 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %29, i32 0, i32 2
  %40 = load ptr, ptr %39, align 8
  %41 = getelementptr i8, ptr %40, i32 8
  store ptr %41, ptr %39, align 8
  br label %42

42:                                               ; preds = %38, %33
  %43 = phi ptr [ %36, %33 ], [ %40, %38 ]
  %44 = load i32, ptr %43, align 4
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %44)
  br label %147

46:                                               ; preds = %21
  %47 = load ptr, ptr %4, align 8
  %48 = load i8, ptr %47, align 1
  %49 = sext i8 %48 to i32
  %50 = icmp eq i32 %49, 102
  br i1 %50, label %51, label %69

51:                                               ; preds = %46
  %52 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %53 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %52, i32 0, i32 1
  %54 = load i32, ptr %53, align 4
  %55 = icmp ule i32 %54, 160
  br i1 %55, label %56, label %61

56:                                               ; preds = %51
  %57 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %52, i32 0, i32 3
  %58 = load ptr, ptr %57, align 16
  %59 = getelementptr i8, ptr %58, i32 %54
  %60 = add i32 %54, 16
  store i32 %60, ptr %53, align 4
  br label %65

61:                                               ; preds = %51
  %62 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %52, i32 0, i32 2
  %63 = load ptr, ptr %62, align 8
  %64 = getelementptr i8, ptr %63, i32 8
  store ptr %64, ptr %62, align 8
  br label %65

65:                                               ; preds = %61, %56
  %66 = phi ptr [ %59, %56 ], [ %63, %61 ]
  %67 = load double, ptr %66, align 8
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, double noundef %67)
  br label %146

69:                                               ; preds = %46
  %70 = load ptr, ptr %4, align 8
  %71 = load i8, ptr %70, align 1
  %72 = sext i8 %71 to i32
  %73 = icmp eq i32 %72, 115
  br i1 %73, label %74, label %92

74:                                               ; preds = %69
  %75 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %76 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %75, i32 0, i32 0
  %77 = load i32, ptr %76, align 16
  %78 = icmp ule i32 %77, 40
  br i1 %78, label %79, label %84

79:                                               ; preds = %74
  %80 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %75, i32 0, i32 3
  %81 = load ptr, ptr %80, align 16
  %82 = getelementptr i8, ptr %81, i32 %77
  %83 = add i32 %77, 8
  store i32 %83, ptr %76, align 16
  br label %88

84:                                               ; preds = %74
  %85 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %75, i32 0, i32 2
  %86 = load ptr, ptr %85, align 8
  %87 = getelementptr i8, ptr %86, i32 8
  store ptr %87, ptr %85, align 8
  br label %88

88:                                               ; preds = %84, %79
  %89 = phi ptr [ %82, %79 ], [ %86, %84 ]
  %90 = load ptr, ptr %89, align 8
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, ptr noundef %90)
  br label %145

92:                                               ; preds = %69
  %93 = load ptr, ptr %4, align 8
  %94 = load i8, ptr %93, align 1
  %95 = sext i8 %94 to i32
  %96 = icmp eq i32 %95, 99
  br i1 %96, label %97, label %115

97:                                               ; preds = %92
  %98 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %99 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %98, i32 0, i32 0
  %100 = load i32, ptr %99, align 16
  %101 = icmp ule i32 %100, 40
  br i1 %101, label %102, label %107

102:                                              ; preds = %97
  %103 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %98, i32 0, i32 3
  %104 = load ptr, ptr %103, align 16
  %105 = getelementptr i8, ptr %104, i32 %100
  %106 = add i32 %100, 8
  store i32 %106, ptr %99, align 16
  br label %111

107:                                              ; preds = %97
  %108 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %98, i32 0, i32 2
  %109 = load ptr, ptr %108, align 8
  %110 = getelementptr i8, ptr %109, i32 8
  store ptr %110, ptr %108, align 8
  br label %111

111:                                              ; preds = %107, %102
  %112 = phi ptr [ %105, %102 ], [ %109, %107 ]
  %113 = load i32, ptr %112, align 4
  %114 = call i32 @putchar(i32 noundef %113)
  br label %144

115:                                              ; preds = %92
  %116 = load ptr, ptr %4, align 8
  %117 = load i8, ptr %116, align 1
  %118 = sext i8 %117 to i32
  %119 = icmp eq i32 %118, 76
  br i1 %119, label %120, label %138

120:                                              ; preds = %115
  %121 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %122 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %121, i32 0, i32 0
  %123 = load i32, ptr %122, align 16
  %124 = icmp ule i32 %123, 40
  br i1 %124, label %125, label %130

125:                                              ; preds = %120
  %126 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %121, i32 0, i32 3
  %127 = load ptr, ptr %126, align 16
  %128 = getelementptr i8, ptr %127, i32 %123
  %129 = add i32 %123, 8
  store i32 %129, ptr %122, align 16
  br label %134

130:                                              ; preds = %120
  %131 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %121, i32 0, i32 2
  %132 = load ptr, ptr %131, align 8
  %133 = getelementptr i8, ptr %132, i32 8
  store ptr %133, ptr %131, align 8
  br label %134

134:                                              ; preds = %130, %125
  %135 = phi ptr [ %128, %125 ], [ %132, %130 ]
  %136 = load i64, ptr %135, align 8
  %137 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i64 noundef %136)
  br label %143

138:                                              ; preds = %115
  %139 = load ptr, ptr %4, align 8
  %140 = load i8, ptr %139, align 1
  %141 = sext i8 %140 to i32
  %142 = call i32 @putchar(i32 noundef %141)
  br label %143

143:                                              ; preds = %138, %134
  br label %144

144:                                              ; preds = %143, %111
  br label %145

145:                                              ; preds = %144, %88
  br label %146

146:                                              ; preds = %145, %65
  br label %147

147:                                              ; preds = %146, %42
  br label %148

148:                                              ; preds = %147, %16
  %149 = load ptr, ptr %4, align 8
  %150 = getelementptr inbounds nuw i8, ptr %149, i32 1
  store ptr %150, ptr %4, align 8
  br label %7, !llvm.loop !9

151:                                              ; preds = %7
  %152 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %152)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @avg(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca [1 x %struct.__va_list_tag], align 16
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  store i32 %0, ptr %2, align 4
  %10 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %10)
  %11 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %4, i64 0, i64 0
  %12 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_copy.p0(ptr %11, ptr %12)
  store double 0.000000e+00, ptr %5, align 8
  store double -1.000000e+300, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %13

13:                                               ; preds = %36, %1
  %14 = load i32, ptr %7, align 4
  %15 = load i32, ptr %2, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %39

17:                                               ; preds = %13
  %18 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %19 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %18, i32 0, i32 1
  %20 = load i32, ptr %19, align 4
  %21 = icmp ule i32 %20, 160
  br i1 %21, label %22, label %27

22:                                               ; preds = %17
  %23 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %18, i32 0, i32 3
  %24 = load ptr, ptr %23, align 16
  %25 = getelementptr i8, ptr %24, i32 %20
  %26 = add i32 %20, 16
  store i32 %26, ptr %19, align 4
  br label %31

27:                                               ; preds = %17
  %28 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %18, i32 0, i32 2
  %29 = load ptr, ptr %28, align 8
  %30 = getelementptr i8, ptr %29, i32 8
  store ptr %30, ptr %28, align 8
  br label %31

31:                                               ; preds = %27, %22
  %32 = phi ptr [ %25, %22 ], [ %29, %27 ]
  %33 = load double, ptr %32, align 8
  %34 = load double, ptr %5, align 8
  %35 = fadd double %34, %33
  store double %35, ptr %5, align 8
  br label %36

36:                                               ; preds = %31
  %37 = load i32, ptr %7, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %7, align 4
  br label %13, !llvm.loop !10

39:                                               ; preds = %13
  store i32 0, ptr %8, align 4
  br label %40

40:                                               ; preds = %67, %39
  %41 = load i32, ptr %8, align 4
  %42 = load i32, ptr %2, align 4
  %43 = icmp slt i32 %41, %42
  br i1 %43, label %44, label %70

44:                                               ; preds = %40
  %45 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %4, i64 0, i64 0
  %46 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %45, i32 0, i32 1
  %47 = load i32, ptr %46, align 4
  %48 = icmp ule i32 %47, 160
  br i1 %48, label %49, label %54

49:                                               ; preds = %44
  %50 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %45, i32 0, i32 3
  %51 = load ptr, ptr %50, align 16
  %52 = getelementptr i8, ptr %51, i32 %47
  %53 = add i32 %47, 16
  store i32 %53, ptr %46, align 4
  br label %58

54:                                               ; preds = %44
  %55 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %45, i32 0, i32 2
  %56 = load ptr, ptr %55, align 8
  %57 = getelementptr i8, ptr %56, i32 8
  store ptr %57, ptr %55, align 8
  br label %58

58:                                               ; preds = %54, %49
  %59 = phi ptr [ %52, %49 ], [ %56, %54 ]
  %60 = load double, ptr %59, align 8
  store double %60, ptr %9, align 8
  %61 = load double, ptr %9, align 8
  %62 = load double, ptr %6, align 8
  %63 = fcmp ogt double %61, %62
  br i1 %63, label %64, label %66

64:                                               ; preds = %58
  %65 = load double, ptr %9, align 8
  store double %65, ptr %6, align 8
  br label %66

66:                                               ; preds = %64, %58
  br label %67

67:                                               ; preds = %66
  %68 = load i32, ptr %8, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %8, align 4
  br label %40, !llvm.loop !11

70:                                               ; preds = %40
  %71 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %4, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %71)
  %72 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %72)
  %73 = load double, ptr %5, align 8
  %74 = load i32, ptr %2, align 4
  %75 = sitofp i32 %74 to double
  %76 = fdiv double %73, %75
  %77 = load double, ptr %6, align 8
  %78 = fadd double %76, %77
  ret double %78
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal double @sum_structs(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  %6 = alloca %struct.Pair, align 8
  %7 = alloca %struct.Pair, align 8
  store i32 %0, ptr %2, align 4
  %8 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %8)
  store double 0.000000e+00, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %9

9:                                                ; preds = %46, %1
  %10 = load i32, ptr %5, align 4
  %11 = load i32, ptr %2, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %49

13:                                               ; preds = %9
  %14 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %15 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %15, align 16
  %17 = icmp ule i32 %16, 40
  %18 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %14, i32 0, i32 1
  %19 = load i32, ptr %18, align 4
  %20 = icmp ule i32 %19, 160
  %21 = and i1 %17, %20
  br i1 %21, label %22, label %33

22:                                               ; preds = %13
  %23 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %14, i32 0, i32 3
  %24 = load ptr, ptr %23, align 16
  %25 = getelementptr i8, ptr %24, i32 %16
  %26 = getelementptr i8, ptr %24, i32 %19
  %27 = load i32, ptr %25, align 4
  %28 = getelementptr inbounds nuw { i32, double }, ptr %7, i32 0, i32 0
  store i32 %27, ptr %28, align 8
  %29 = load double, ptr %26, align 8
  %30 = getelementptr inbounds nuw { i32, double }, ptr %7, i32 0, i32 1
  store double %29, ptr %30, align 8
  %31 = add i32 %16, 8
  store i32 %31, ptr %15, align 16
  %32 = add i32 %19, 16
  store i32 %32, ptr %18, align 4
  br label %37

33:                                               ; preds = %13
  %34 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %14, i32 0, i32 2
  %35 = load ptr, ptr %34, align 8
  %36 = getelementptr i8, ptr %35, i32 16
  store ptr %36, ptr %34, align 8
  br label %37

37:                                               ; preds = %33, %22
  %38 = phi ptr [ %7, %22 ], [ %35, %33 ]
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 %38, i64 16, i1 false)
  %39 = getelementptr inbounds nuw %struct.Pair, ptr %6, i32 0, i32 0
  %40 = load i32, ptr %39, align 8
  %41 = sitofp i32 %40 to double
  %42 = getelementptr inbounds nuw %struct.Pair, ptr %6, i32 0, i32 1
  %43 = load double, ptr %42, align 8
  %44 = load double, ptr %4, align 8
  %45 = call double @llvm.fmuladd.f64(double %41, double %43, double %44)
  store double %45, ptr %4, align 8
  br label %46

46:                                               ; preds = %37
  %47 = load i32, ptr %5, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %5, align 4
  br label %9, !llvm.loop !12

49:                                               ; preds = %9
  %50 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %50)
  %51 = load double, ptr %4, align 8
  ret double %51
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @vcount_twice(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca [1 x %struct.__va_list_tag], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 8
  %10 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %5, i64 0, i64 0
  %11 = load ptr, ptr %4, align 8
  call void @llvm.va_copy.p0(ptr %10, ptr %11)
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %12

12:                                               ; preds = %35, %2
  %13 = load i32, ptr %8, align 4
  %14 = load i32, ptr %3, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %38

16:                                               ; preds = %12
  %17 = load ptr, ptr %4, align 8
  %18 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %18, align 8
  %20 = icmp ule i32 %19, 40
  br i1 %20, label %21, label %26

21:                                               ; preds = %16
  %22 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %17, i32 0, i32 3
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr i8, ptr %23, i32 %19
  %25 = add i32 %19, 8
  store i32 %25, ptr %18, align 8
  br label %30

26:                                               ; preds = %16
  %27 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %17, i32 0, i32 2
  %28 = load ptr, ptr %27, align 8
  %29 = getelementptr i8, ptr %28, i32 8
  store ptr %29, ptr %27, align 8
  br label %30

30:                                               ; preds = %26, %21
  %31 = phi ptr [ %24, %21 ], [ %28, %26 ]
  %32 = load i32, ptr %31, align 4
  %33 = load i32, ptr %6, align 4
  %34 = add nsw i32 %33, %32
  store i32 %34, ptr %6, align 4
  br label %35

35:                                               ; preds = %30
  %36 = load i32, ptr %8, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %8, align 4
  br label %12, !llvm.loop !13

38:                                               ; preds = %12
  store i32 0, ptr %9, align 4
  br label %39

39:                                               ; preds = %63, %38
  %40 = load i32, ptr %9, align 4
  %41 = load i32, ptr %3, align 4
  %42 = icmp slt i32 %40, %41
  br i1 %42, label %43, label %66

43:                                               ; preds = %39
  %44 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %5, i64 0, i64 0
  %45 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %44, i32 0, i32 0
  %46 = load i32, ptr %45, align 16
  %47 = icmp ule i32 %46, 40
  br i1 %47, label %48, label %53

48:                                               ; preds = %43
  %49 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %44, i32 0, i32 3
  %50 = load ptr, ptr %49, align 16
  %51 = getelementptr i8, ptr %50, i32 %46
  %52 = add i32 %46, 8
  store i32 %52, ptr %45, align 16
  br label %57

53:                                               ; preds = %43
  %54 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %44, i32 0, i32 2
  %55 = load ptr, ptr %54, align 8
  %56 = getelementptr i8, ptr %55, i32 8
  store ptr %56, ptr %54, align 8
  br label %57

57:                                               ; preds = %53, %48
  %58 = phi ptr [ %51, %48 ], [ %55, %53 ]
  %59 = load i32, ptr %58, align 4
  %60 = mul nsw i32 %59, 2
  %61 = load i32, ptr %7, align 4
  %62 = add nsw i32 %61, %60
  store i32 %62, ptr %7, align 4
  br label %63

63:                                               ; preds = %57
  %64 = load i32, ptr %9, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %9, align 4
  br label %39, !llvm.loop !14

66:                                               ; preds = %39
  %67 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %5, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %67)
  %68 = load i32, ptr %6, align 4
  %69 = mul nsw i32 %68, 1000
  %70 = load i32, ptr %7, align 4
  %71 = add nsw i32 %69, %70
  ret i32 %71
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #3

declare i32 @putchar(i32 noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
