; ModuleID = 'funcptr.c'
source_filename = "funcptr.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.ShapeVT = type { ptr, ptr, ptr }
%struct.Shape = type { ptr, double, double }

@.str = private unnamed_addr constant [9 x i8] c"op%d %d\0A\00", align 1
@ops = internal global [4 x ptr] [ptr @add, ptr @sub, ptr @mul, ptr @maxi], align 16
@rect_vt = internal constant %struct.ShapeVT { ptr @rect_area, ptr @rect_perim, ptr @rect_name }, align 4
@tri_vt = internal constant %struct.ShapeVT { ptr @tri_area, ptr @tri_perim, ptr @tri_name }, align 4
@__const.main.shapes = private unnamed_addr constant [2 x { ptr, [4 x i8], double, double }] [{ ptr, [4 x i8], double, double } { ptr @rect_vt, [4 x i8] zeroinitializer, double 3.000000e+00, double 4.000000e+00 }, { ptr, [4 x i8], double, double } { ptr @tri_vt, [4 x i8] zeroinitializer, double 6.000000e+00, double 2.000000e+00 }], align 16
@.str.1 = private unnamed_addr constant [25 x i8] c"%s area %.2f perim %.2f\0A\00", align 1
@__const.main.v = private unnamed_addr constant [8 x i32] [i32 5, i32 -2, i32 9, i32 0, i32 3, i32 3, i32 -8, i32 12], align 16
@.str.2 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@__const.main.dv = private unnamed_addr constant [4 x double] [double 2.500000e+00, double -1.000000e+00, double 0.000000e+00, double 1.025000e+01], align 16
@.str.4 = private unnamed_addr constant [21 x i8] c"%.2f %.2f %.2f %.2f\0A\00", align 1
@.str.5 = private unnamed_addr constant [15 x i8] c"fold %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [17 x i8] c"apply %.1f %lld\0A\00", align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"indirect\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"eq %d %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"rect\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"tri\00", align 1
@.str.11 = private unnamed_addr constant [8 x i8] c"say %s\0A\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [2 x %struct.Shape], align 16
  %4 = alloca i32, align 4
  %5 = alloca [8 x i32], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [4 x double], align 16
  %9 = alloca ptr, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %10

10:                                               ; preds = %20, %0
  %11 = load i32, ptr %2, align 4
  %12 = icmp slt i32 %11, 4
  br i1 %12, label %13, label %23

13:                                               ; preds = %10
  %14 = load i32, ptr %2, align 4
  %15 = load i32, ptr %2, align 4
  %16 = getelementptr inbounds [4 x ptr], ptr @ops, i32 0, i32 %15
  %17 = load ptr, ptr %16, align 4
  %18 = call i32 %17(i32 noundef 7, i32 noundef -3)
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %14, i32 noundef %18)
  br label %20

20:                                               ; preds = %13
  %21 = load i32, ptr %2, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %2, align 4
  br label %10, !llvm.loop !2

23:                                               ; preds = %10
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %3, ptr align 16 @__const.main.shapes, i32 48, i1 false)
  store i32 0, ptr %4, align 4
  br label %24

24:                                               ; preds = %54, %23
  %25 = load i32, ptr %4, align 4
  %26 = icmp slt i32 %25, 2
  br i1 %26, label %27, label %57

27:                                               ; preds = %24
  %28 = load i32, ptr %4, align 4
  %29 = getelementptr inbounds [2 x %struct.Shape], ptr %3, i32 0, i32 %28
  %30 = getelementptr inbounds nuw %struct.Shape, ptr %29, i32 0, i32 0
  %31 = load ptr, ptr %30, align 8
  %32 = getelementptr inbounds nuw %struct.ShapeVT, ptr %31, i32 0, i32 2
  %33 = load ptr, ptr %32, align 4
  %34 = call ptr %33()
  %35 = load i32, ptr %4, align 4
  %36 = getelementptr inbounds [2 x %struct.Shape], ptr %3, i32 0, i32 %35
  %37 = getelementptr inbounds nuw %struct.Shape, ptr %36, i32 0, i32 0
  %38 = load ptr, ptr %37, align 8
  %39 = getelementptr inbounds nuw %struct.ShapeVT, ptr %38, i32 0, i32 0
  %40 = load ptr, ptr %39, align 4
  %41 = load i32, ptr %4, align 4
  %42 = getelementptr inbounds [2 x %struct.Shape], ptr %3, i32 0, i32 %41
  %43 = call double %40(ptr noundef %42)
  %44 = load i32, ptr %4, align 4
  %45 = getelementptr inbounds [2 x %struct.Shape], ptr %3, i32 0, i32 %44
  %46 = getelementptr inbounds nuw %struct.Shape, ptr %45, i32 0, i32 0
  %47 = load ptr, ptr %46, align 8
  %48 = getelementptr inbounds nuw %struct.ShapeVT, ptr %47, i32 0, i32 1
  %49 = load ptr, ptr %48, align 4
  %50 = load i32, ptr %4, align 4
  %51 = getelementptr inbounds [2 x %struct.Shape], ptr %3, i32 0, i32 %50
  %52 = call double %49(ptr noundef %51)
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %34, double noundef %43, double noundef %52)
  br label %54

54:                                               ; preds = %27
  %55 = load i32, ptr %4, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %4, align 4
  br label %24, !llvm.loop !4

57:                                               ; preds = %24
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %5, ptr align 16 @__const.main.v, i32 32, i1 false)
  %58 = getelementptr inbounds [8 x i32], ptr %5, i32 0, i32 0
  call void @sort_generic(ptr noundef %58, i32 noundef 8, i32 noundef 4, ptr noundef @cmp_int)
  store i32 0, ptr %6, align 4
  br label %59

59:                                               ; preds = %67, %57
  %60 = load i32, ptr %6, align 4
  %61 = icmp slt i32 %60, 8
  br i1 %61, label %62, label %70

62:                                               ; preds = %59
  %63 = load i32, ptr %6, align 4
  %64 = getelementptr inbounds [8 x i32], ptr %5, i32 0, i32 %63
  %65 = load i32, ptr %64, align 4
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %65)
  br label %67

67:                                               ; preds = %62
  %68 = load i32, ptr %6, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %6, align 4
  br label %59, !llvm.loop !5

70:                                               ; preds = %59
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.3)
  %72 = getelementptr inbounds [8 x i32], ptr %5, i32 0, i32 0
  call void @sort_generic(ptr noundef %72, i32 noundef 8, i32 noundef 4, ptr noundef @cmp_int_desc)
  store i32 0, ptr %7, align 4
  br label %73

73:                                               ; preds = %81, %70
  %74 = load i32, ptr %7, align 4
  %75 = icmp slt i32 %74, 8
  br i1 %75, label %76, label %84

76:                                               ; preds = %73
  %77 = load i32, ptr %7, align 4
  %78 = getelementptr inbounds [8 x i32], ptr %5, i32 0, i32 %77
  %79 = load i32, ptr %78, align 4
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %79)
  br label %81

81:                                               ; preds = %76
  %82 = load i32, ptr %7, align 4
  %83 = add nsw i32 %82, 1
  store i32 %83, ptr %7, align 4
  br label %73, !llvm.loop !6

84:                                               ; preds = %73
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.3)
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %8, ptr align 16 @__const.main.dv, i32 32, i1 false)
  %86 = getelementptr inbounds [4 x double], ptr %8, i32 0, i32 0
  call void @sort_generic(ptr noundef %86, i32 noundef 4, i32 noundef 8, ptr noundef @cmp_dbl)
  %87 = getelementptr inbounds [4 x double], ptr %8, i32 0, i32 0
  %88 = load double, ptr %87, align 16
  %89 = getelementptr inbounds [4 x double], ptr %8, i32 0, i32 1
  %90 = load double, ptr %89, align 8
  %91 = getelementptr inbounds [4 x double], ptr %8, i32 0, i32 2
  %92 = load double, ptr %91, align 16
  %93 = getelementptr inbounds [4 x double], ptr %8, i32 0, i32 3
  %94 = load double, ptr %93, align 8
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %88, double noundef %90, double noundef %92, double noundef %94)
  %96 = getelementptr inbounds [8 x i32], ptr %5, i32 0, i32 0
  %97 = call ptr @pick(i8 noundef signext 43)
  %98 = call i32 @fold(ptr noundef %96, i32 noundef 8, i32 noundef 0, ptr noundef %97)
  %99 = getelementptr inbounds [8 x i32], ptr %5, i32 0, i32 0
  %100 = call ptr @pick(i8 noundef signext 42)
  %101 = call i32 @fold(ptr noundef %99, i32 noundef 8, i32 noundef 1, ptr noundef %100)
  %102 = getelementptr inbounds [8 x i32], ptr %5, i32 0, i32 0
  %103 = call ptr @pick(i8 noundef signext 109)
  %104 = call i32 @fold(ptr noundef %102, i32 noundef 8, i32 noundef -100, ptr noundef %103)
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %98, i32 noundef %101, i32 noundef %104)
  %106 = call double @apply_d(ptr noundef @twice, double noundef 2.100000e+01)
  %107 = call i64 @apply_ll(ptr noundef @pow_ll, i64 noundef 3, i32 noundef 30)
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %106, i64 noundef %107)
  store volatile ptr @say, ptr %9, align 4
  %109 = load volatile ptr, ptr %9, align 4
  call void %109(ptr noundef @.str.7)
  %110 = call ptr @pick(i8 noundef signext 43)
  %111 = icmp eq ptr %110, @add
  %112 = zext i1 %111 to i32
  %113 = call ptr @pick(i8 noundef signext 45)
  %114 = icmp eq ptr %113, @add
  %115 = zext i1 %114 to i32
  %116 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %112, i32 noundef %115)
  %117 = getelementptr inbounds [8 x i32], ptr %5, i32 0, i32 0
  %118 = call i32 @fold(ptr noundef %117, i32 noundef 8, i32 noundef 0, ptr noundef @add)
  %119 = and i32 %118, 63
  ret i32 %119
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal void @sort_generic(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 4
  %9 = alloca ptr, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i8, align 1
  store ptr %0, ptr %5, align 4
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store ptr %3, ptr %8, align 4
  %14 = load ptr, ptr %5, align 4
  store ptr %14, ptr %9, align 4
  store i32 1, ptr %10, align 4
  br label %15

15:                                               ; preds = %88, %4
  %16 = load i32, ptr %10, align 4
  %17 = load i32, ptr %6, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %91

19:                                               ; preds = %15
  %20 = load i32, ptr %10, align 4
  store i32 %20, ptr %11, align 4
  br label %21

21:                                               ; preds = %84, %19
  %22 = load i32, ptr %11, align 4
  %23 = icmp sgt i32 %22, 0
  br i1 %23, label %24, label %39

24:                                               ; preds = %21
  %25 = load ptr, ptr %8, align 4
  %26 = load ptr, ptr %9, align 4
  %27 = load i32, ptr %11, align 4
  %28 = sub nsw i32 %27, 1
  %29 = load i32, ptr %7, align 4
  %30 = mul nsw i32 %28, %29
  %31 = getelementptr inbounds i8, ptr %26, i32 %30
  %32 = load ptr, ptr %9, align 4
  %33 = load i32, ptr %11, align 4
  %34 = load i32, ptr %7, align 4
  %35 = mul nsw i32 %33, %34
  %36 = getelementptr inbounds i8, ptr %32, i32 %35
  %37 = call i32 %25(ptr noundef %31, ptr noundef %36)
  %38 = icmp sgt i32 %37, 0
  br label %39

39:                                               ; preds = %24, %21
  %40 = phi i1 [ false, %21 ], [ %38, %24 ]
  br i1 %40, label %41, label %87

41:                                               ; preds = %39
  store i32 0, ptr %12, align 4
  br label %42

42:                                               ; preds = %80, %41
  %43 = load i32, ptr %12, align 4
  %44 = load i32, ptr %7, align 4
  %45 = icmp slt i32 %43, %44
  br i1 %45, label %46, label %83

46:                                               ; preds = %42
  %47 = load ptr, ptr %9, align 4
  %48 = load i32, ptr %11, align 4
  %49 = sub nsw i32 %48, 1
  %50 = load i32, ptr %7, align 4
  %51 = mul nsw i32 %49, %50
  %52 = load i32, ptr %12, align 4
  %53 = add nsw i32 %51, %52
  %54 = getelementptr inbounds i8, ptr %47, i32 %53
  %55 = load i8, ptr %54, align 1
  store i8 %55, ptr %13, align 1
  %56 = load ptr, ptr %9, align 4
  %57 = load i32, ptr %11, align 4
  %58 = load i32, ptr %7, align 4
  %59 = mul nsw i32 %57, %58
  %60 = load i32, ptr %12, align 4
  %61 = add nsw i32 %59, %60
  %62 = getelementptr inbounds i8, ptr %56, i32 %61
  %63 = load i8, ptr %62, align 1
  %64 = load ptr, ptr %9, align 4
  %65 = load i32, ptr %11, align 4
  %66 = sub nsw i32 %65, 1
  %67 = load i32, ptr %7, align 4
  %68 = mul nsw i32 %66, %67
  %69 = load i32, ptr %12, align 4
  %70 = add nsw i32 %68, %69
  %71 = getelementptr inbounds i8, ptr %64, i32 %70
  store i8 %63, ptr %71, align 1
  %72 = load i8, ptr %13, align 1
  %73 = load ptr, ptr %9, align 4
  %74 = load i32, ptr %11, align 4
  %75 = load i32, ptr %7, align 4
  %76 = mul nsw i32 %74, %75
  %77 = load i32, ptr %12, align 4
  %78 = add nsw i32 %76, %77
  %79 = getelementptr inbounds i8, ptr %73, i32 %78
  store i8 %72, ptr %79, align 1
  br label %80

80:                                               ; preds = %46
  %81 = load i32, ptr %12, align 4
  %82 = add nsw i32 %81, 1
  store i32 %82, ptr %12, align 4
  br label %42, !llvm.loop !7

83:                                               ; preds = %42
  br label %84

84:                                               ; preds = %83
  %85 = load i32, ptr %11, align 4
  %86 = add nsw i32 %85, -1
  store i32 %86, ptr %11, align 4
  br label %21, !llvm.loop !8

87:                                               ; preds = %39
  br label %88

88:                                               ; preds = %87
  %89 = load i32, ptr %10, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, ptr %10, align 4
  br label %15, !llvm.loop !9

91:                                               ; preds = %15
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @cmp_int(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %7 = load ptr, ptr %3, align 4
  %8 = load i32, ptr %7, align 4
  store i32 %8, ptr %5, align 4
  %9 = load ptr, ptr %4, align 4
  %10 = load i32, ptr %9, align 4
  store i32 %10, ptr %6, align 4
  %11 = load i32, ptr %5, align 4
  %12 = load i32, ptr %6, align 4
  %13 = icmp sgt i32 %11, %12
  %14 = zext i1 %13 to i32
  %15 = load i32, ptr %5, align 4
  %16 = load i32, ptr %6, align 4
  %17 = icmp slt i32 %15, %16
  %18 = zext i1 %17 to i32
  %19 = sub nsw i32 %14, %18
  ret i32 %19
}

; Function Attrs: noinline nounwind optnone
define internal i32 @cmp_int_desc(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %5 = load ptr, ptr %4, align 4
  %6 = load ptr, ptr %3, align 4
  %7 = call i32 @cmp_int(ptr noundef %5, ptr noundef %6)
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone
define internal i32 @cmp_dbl(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %7 = load ptr, ptr %3, align 4
  %8 = load double, ptr %7, align 8
  store double %8, ptr %5, align 8
  %9 = load ptr, ptr %4, align 4
  %10 = load double, ptr %9, align 8
  store double %10, ptr %6, align 8
  %11 = load double, ptr %5, align 8
  %12 = load double, ptr %6, align 8
  %13 = fcmp ogt double %11, %12
  %14 = zext i1 %13 to i32
  %15 = load double, ptr %5, align 8
  %16 = load double, ptr %6, align 8
  %17 = fcmp olt double %15, %16
  %18 = zext i1 %17 to i32
  %19 = sub nsw i32 %14, %18
  ret i32 %19
}

; Function Attrs: noinline nounwind optnone
define internal i32 @fold(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 4
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store ptr %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %22, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %6, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %25

14:                                               ; preds = %10
  %15 = load ptr, ptr %8, align 4
  %16 = load i32, ptr %7, align 4
  %17 = load ptr, ptr %5, align 4
  %18 = load i32, ptr %9, align 4
  %19 = getelementptr inbounds i32, ptr %17, i32 %18
  %20 = load i32, ptr %19, align 4
  %21 = call i32 %15(i32 noundef %16, i32 noundef %20)
  store i32 %21, ptr %7, align 4
  br label %22

22:                                               ; preds = %14
  %23 = load i32, ptr %9, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %9, align 4
  br label %10, !llvm.loop !10

25:                                               ; preds = %10
  %26 = load i32, ptr %7, align 4
  ret i32 %26
}

; Function Attrs: noinline nounwind optnone
define internal ptr @pick(i8 noundef signext %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  %4 = load i8, ptr %3, align 1
  %5 = sext i8 %4 to i32
  switch i32 %5, label %9 [
    i32 43, label %6
    i32 45, label %7
    i32 42, label %8
  ]

6:                                                ; preds = %1
  store ptr @add, ptr %2, align 4
  br label %10

7:                                                ; preds = %1
  store ptr @sub, ptr %2, align 4
  br label %10

8:                                                ; preds = %1
  store ptr @mul, ptr %2, align 4
  br label %10

9:                                                ; preds = %1
  store ptr @maxi, ptr %2, align 4
  br label %10

10:                                               ; preds = %9, %8, %7, %6
  %11 = load ptr, ptr %2, align 4
  ret ptr %11
}

; Function Attrs: noinline nounwind optnone
define internal double @apply_d(ptr noundef %0, double noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 4
  store double %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 4
  %6 = load double, ptr %4, align 8
  %7 = call double %5(double noundef %6)
  ret double %7
}

; Function Attrs: noinline nounwind optnone
define internal double @twice(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fmul double 2.000000e+00, %3
  ret double %4
}

; Function Attrs: noinline nounwind optnone
define internal i64 @apply_ll(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store i64 %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %7 = load ptr, ptr %4, align 4
  %8 = load i64, ptr %5, align 8
  %9 = load i32, ptr %6, align 4
  %10 = call i64 %7(i64 noundef %8, i32 noundef %9)
  ret i64 %10
}

; Function Attrs: noinline nounwind optnone
define internal i64 @pow_ll(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i64 1, ptr %5, align 8
  br label %6

6:                                                ; preds = %10, %2
  %7 = load i32, ptr %4, align 4
  %8 = add nsw i32 %7, -1
  store i32 %8, ptr %4, align 4
  %9 = icmp ne i32 %7, 0
  br i1 %9, label %10, label %14

10:                                               ; preds = %6
  %11 = load i64, ptr %3, align 8
  %12 = load i64, ptr %5, align 8
  %13 = mul nsw i64 %12, %11
  store i64 %13, ptr %5, align 8
  br label %6, !llvm.loop !11

14:                                               ; preds = %6
  %15 = load i64, ptr %5, align 8
  ret i64 %15
}

; Function Attrs: noinline nounwind optnone
define internal void @say(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load ptr, ptr %2, align 4
  %4 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %3)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @add(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = add nsw i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone
define internal i32 @sub(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = sub nsw i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone
define internal i32 @mul(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = mul nsw i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone
define internal i32 @maxi(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = icmp sgt i32 %5, %6
  br i1 %7, label %8, label %10

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4
  br label %12

10:                                               ; preds = %2
  %11 = load i32, ptr %4, align 4
  br label %12

12:                                               ; preds = %10, %8
  %13 = phi i32 [ %9, %8 ], [ %11, %10 ]
  ret i32 %13
}

; Function Attrs: noinline nounwind optnone
define internal double @rect_area(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load ptr, ptr %2, align 4
  %4 = getelementptr inbounds nuw %struct.Shape, ptr %3, i32 0, i32 1
  %5 = load double, ptr %4, align 8
  %6 = load ptr, ptr %2, align 4
  %7 = getelementptr inbounds nuw %struct.Shape, ptr %6, i32 0, i32 2
  %8 = load double, ptr %7, align 8
  %9 = fmul double %5, %8
  ret double %9
}

; Function Attrs: noinline nounwind optnone
define internal double @rect_perim(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load ptr, ptr %2, align 4
  %4 = getelementptr inbounds nuw %struct.Shape, ptr %3, i32 0, i32 1
  %5 = load double, ptr %4, align 8
  %6 = load ptr, ptr %2, align 4
  %7 = getelementptr inbounds nuw %struct.Shape, ptr %6, i32 0, i32 2
  %8 = load double, ptr %7, align 8
  %9 = fadd double %5, %8
  %10 = fmul double 2.000000e+00, %9
  ret double %10
}

; Function Attrs: noinline nounwind optnone
define internal ptr @rect_name() #0 {
  ret ptr @.str.9
}

; Function Attrs: noinline nounwind optnone
define internal double @tri_area(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load ptr, ptr %2, align 4
  %4 = getelementptr inbounds nuw %struct.Shape, ptr %3, i32 0, i32 1
  %5 = load double, ptr %4, align 8
  %6 = fmul double 5.000000e-01, %5
  %7 = load ptr, ptr %2, align 4
  %8 = getelementptr inbounds nuw %struct.Shape, ptr %7, i32 0, i32 2
  %9 = load double, ptr %8, align 8
  %10 = fmul double %6, %9
  ret double %10
}

; Function Attrs: noinline nounwind optnone
define internal double @tri_perim(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load ptr, ptr %2, align 4
  %4 = getelementptr inbounds nuw %struct.Shape, ptr %3, i32 0, i32 1
  %5 = load double, ptr %4, align 8
  %6 = load ptr, ptr %2, align 4
  %7 = getelementptr inbounds nuw %struct.Shape, ptr %6, i32 0, i32 2
  %8 = load double, ptr %7, align 8
  %9 = fadd double %5, %8
  %10 = fadd double %9, 5.000000e+00
  ret double %10
}

; Function Attrs: noinline nounwind optnone
define internal ptr @tri_name() #0 {
  ret ptr @.str.10
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
!8 = distinct !{!8, !3}
!9 = distinct !{!9, !3}
!10 = distinct !{!10, !3}
!11 = distinct !{!11, !3}
