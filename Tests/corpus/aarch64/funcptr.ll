; ModuleID = 'funcptr.c'
source_filename = "funcptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.ShapeVT = type { ptr, ptr, ptr }
%struct.Shape = type { ptr, double, double }

@.str = private unnamed_addr constant [9 x i8] c"op%d %d\0A\00", align 1
@ops = internal global [4 x ptr] [ptr @add, ptr @sub, ptr @mul, ptr @maxi], align 8
@rect_vt = internal constant %struct.ShapeVT { ptr @rect_area, ptr @rect_perim, ptr @rect_name }, align 8
@tri_vt = internal constant %struct.ShapeVT { ptr @tri_area, ptr @tri_perim, ptr @tri_name }, align 8
@__const.main.shapes = private unnamed_addr constant [2 x %struct.Shape] [%struct.Shape { ptr @rect_vt, double 3.000000e+00, double 4.000000e+00 }, %struct.Shape { ptr @tri_vt, double 6.000000e+00, double 2.000000e+00 }], align 8
@.str.1 = private unnamed_addr constant [25 x i8] c"%s area %.2f perim %.2f\0A\00", align 1
@__const.main.v = private unnamed_addr constant [8 x i32] [i32 5, i32 -2, i32 9, i32 0, i32 3, i32 3, i32 -8, i32 12], align 4
@.str.2 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@__const.main.dv = private unnamed_addr constant [4 x double] [double 2.500000e+00, double -1.000000e+00, double 0.000000e+00, double 1.025000e+01], align 8
@.str.4 = private unnamed_addr constant [21 x i8] c"%.2f %.2f %.2f %.2f\0A\00", align 1
@.str.5 = private unnamed_addr constant [15 x i8] c"fold %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [17 x i8] c"apply %.1f %lld\0A\00", align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"indirect\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"eq %d %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"rect\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"tri\00", align 1
@.str.11 = private unnamed_addr constant [8 x i8] c"say %s\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [2 x %struct.Shape], align 8
  %4 = alloca i32, align 4
  %5 = alloca [8 x i32], align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [4 x double], align 8
  %9 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %10

10:                                               ; preds = %21, %0
  %11 = load i32, ptr %2, align 4
  %12 = icmp slt i32 %11, 4
  br i1 %12, label %13, label %24

13:                                               ; preds = %10
  %14 = load i32, ptr %2, align 4
  %15 = load i32, ptr %2, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [4 x ptr], ptr @ops, i64 0, i64 %16
  %18 = load ptr, ptr %17, align 8
  %19 = call i32 %18(i32 noundef 7, i32 noundef -3)
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %14, i32 noundef %19)
  br label %21

21:                                               ; preds = %13
  %22 = load i32, ptr %2, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %2, align 4
  br label %10, !llvm.loop !6

24:                                               ; preds = %10
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 @__const.main.shapes, i64 48, i1 false)
  store i32 0, ptr %4, align 4
  br label %25

25:                                               ; preds = %60, %24
  %26 = load i32, ptr %4, align 4
  %27 = icmp slt i32 %26, 2
  br i1 %27, label %28, label %63

28:                                               ; preds = %25
  %29 = load i32, ptr %4, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [2 x %struct.Shape], ptr %3, i64 0, i64 %30
  %32 = getelementptr inbounds nuw %struct.Shape, ptr %31, i32 0, i32 0
  %33 = load ptr, ptr %32, align 8
  %34 = getelementptr inbounds nuw %struct.ShapeVT, ptr %33, i32 0, i32 2
  %35 = load ptr, ptr %34, align 8
  %36 = call ptr %35()
  %37 = load i32, ptr %4, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [2 x %struct.Shape], ptr %3, i64 0, i64 %38
  %40 = getelementptr inbounds nuw %struct.Shape, ptr %39, i32 0, i32 0
  %41 = load ptr, ptr %40, align 8
  %42 = getelementptr inbounds nuw %struct.ShapeVT, ptr %41, i32 0, i32 0
  %43 = load ptr, ptr %42, align 8
  %44 = load i32, ptr %4, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [2 x %struct.Shape], ptr %3, i64 0, i64 %45
  %47 = call double %43(ptr noundef %46)
  %48 = load i32, ptr %4, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [2 x %struct.Shape], ptr %3, i64 0, i64 %49
  %51 = getelementptr inbounds nuw %struct.Shape, ptr %50, i32 0, i32 0
  %52 = load ptr, ptr %51, align 8
  %53 = getelementptr inbounds nuw %struct.ShapeVT, ptr %52, i32 0, i32 1
  %54 = load ptr, ptr %53, align 8
  %55 = load i32, ptr %4, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [2 x %struct.Shape], ptr %3, i64 0, i64 %56
  %58 = call double %54(ptr noundef %57)
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %36, double noundef %47, double noundef %58)
  br label %60

60:                                               ; preds = %28
  %61 = load i32, ptr %4, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %4, align 4
  br label %25, !llvm.loop !8

63:                                               ; preds = %25
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 @__const.main.v, i64 32, i1 false)
  %64 = getelementptr inbounds [8 x i32], ptr %5, i64 0, i64 0
  call void @sort_generic(ptr noundef %64, i32 noundef 8, i32 noundef 4, ptr noundef @cmp_int)
  store i32 0, ptr %6, align 4
  br label %65

65:                                               ; preds = %74, %63
  %66 = load i32, ptr %6, align 4
  %67 = icmp slt i32 %66, 8
  br i1 %67, label %68, label %77

68:                                               ; preds = %65
  %69 = load i32, ptr %6, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [8 x i32], ptr %5, i64 0, i64 %70
  %72 = load i32, ptr %71, align 4
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %72)
  br label %74

74:                                               ; preds = %68
  %75 = load i32, ptr %6, align 4
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %6, align 4
  br label %65, !llvm.loop !9

77:                                               ; preds = %65
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.3)
  %79 = getelementptr inbounds [8 x i32], ptr %5, i64 0, i64 0
  call void @sort_generic(ptr noundef %79, i32 noundef 8, i32 noundef 4, ptr noundef @cmp_int_desc)
  store i32 0, ptr %7, align 4
  br label %80

80:                                               ; preds = %89, %77
  %81 = load i32, ptr %7, align 4
  %82 = icmp slt i32 %81, 8
  br i1 %82, label %83, label %92

83:                                               ; preds = %80
  %84 = load i32, ptr %7, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [8 x i32], ptr %5, i64 0, i64 %85
  %87 = load i32, ptr %86, align 4
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %87)
  br label %89

89:                                               ; preds = %83
  %90 = load i32, ptr %7, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %7, align 4
  br label %80, !llvm.loop !10

92:                                               ; preds = %80
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str.3)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 @__const.main.dv, i64 32, i1 false)
  %94 = getelementptr inbounds [4 x double], ptr %8, i64 0, i64 0
  call void @sort_generic(ptr noundef %94, i32 noundef 4, i32 noundef 8, ptr noundef @cmp_dbl)
  %95 = getelementptr inbounds [4 x double], ptr %8, i64 0, i64 0
  %96 = load double, ptr %95, align 8
  %97 = getelementptr inbounds [4 x double], ptr %8, i64 0, i64 1
  %98 = load double, ptr %97, align 8
  %99 = getelementptr inbounds [4 x double], ptr %8, i64 0, i64 2
  %100 = load double, ptr %99, align 8
  %101 = getelementptr inbounds [4 x double], ptr %8, i64 0, i64 3
  %102 = load double, ptr %101, align 8
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %96, double noundef %98, double noundef %100, double noundef %102)
  %104 = getelementptr inbounds [8 x i32], ptr %5, i64 0, i64 0
  %105 = call ptr @pick(i8 noundef 43)
  %106 = call i32 @fold(ptr noundef %104, i32 noundef 8, i32 noundef 0, ptr noundef %105)
  %107 = getelementptr inbounds [8 x i32], ptr %5, i64 0, i64 0
  %108 = call ptr @pick(i8 noundef 42)
  %109 = call i32 @fold(ptr noundef %107, i32 noundef 8, i32 noundef 1, ptr noundef %108)
  %110 = getelementptr inbounds [8 x i32], ptr %5, i64 0, i64 0
  %111 = call ptr @pick(i8 noundef 109)
  %112 = call i32 @fold(ptr noundef %110, i32 noundef 8, i32 noundef -100, ptr noundef %111)
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %106, i32 noundef %109, i32 noundef %112)
  %114 = call double @apply_d(ptr noundef @twice, double noundef 2.100000e+01)
  %115 = call i64 @apply_ll(ptr noundef @pow_ll, i64 noundef 3, i32 noundef 30)
  %116 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %114, i64 noundef %115)
  store volatile ptr @say, ptr %9, align 8
  %117 = load volatile ptr, ptr %9, align 8
  call void %117(ptr noundef @.str.7)
  %118 = call ptr @pick(i8 noundef 43)
  %119 = icmp eq ptr %118, @add
  %120 = zext i1 %119 to i32
  %121 = call ptr @pick(i8 noundef 45)
  %122 = icmp eq ptr %121, @add
  %123 = zext i1 %122 to i32
  %124 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %120, i32 noundef %123)
  %125 = getelementptr inbounds [8 x i32], ptr %5, i64 0, i64 0
  %126 = call i32 @fold(ptr noundef %125, i32 noundef 8, i32 noundef 0, ptr noundef @add)
  %127 = and i32 %126, 63
  ret i32 %127
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @sort_generic(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i8, align 1
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store ptr %3, ptr %8, align 8
  %14 = load ptr, ptr %5, align 8
  store ptr %14, ptr %9, align 8
  store i32 1, ptr %10, align 4
  br label %15

15:                                               ; preds = %94, %4
  %16 = load i32, ptr %10, align 4
  %17 = load i32, ptr %6, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %97

19:                                               ; preds = %15
  %20 = load i32, ptr %10, align 4
  store i32 %20, ptr %11, align 4
  br label %21

21:                                               ; preds = %90, %19
  %22 = load i32, ptr %11, align 4
  %23 = icmp sgt i32 %22, 0
  br i1 %23, label %24, label %41

24:                                               ; preds = %21
  %25 = load ptr, ptr %8, align 8
  %26 = load ptr, ptr %9, align 8
  %27 = load i32, ptr %11, align 4
  %28 = sub nsw i32 %27, 1
  %29 = load i32, ptr %7, align 4
  %30 = mul nsw i32 %28, %29
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i8, ptr %26, i64 %31
  %33 = load ptr, ptr %9, align 8
  %34 = load i32, ptr %11, align 4
  %35 = load i32, ptr %7, align 4
  %36 = mul nsw i32 %34, %35
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds i8, ptr %33, i64 %37
  %39 = call i32 %25(ptr noundef %32, ptr noundef %38)
  %40 = icmp sgt i32 %39, 0
  br label %41

41:                                               ; preds = %24, %21
  %42 = phi i1 [ false, %21 ], [ %40, %24 ]
  br i1 %42, label %43, label %93

43:                                               ; preds = %41
  store i32 0, ptr %12, align 4
  br label %44

44:                                               ; preds = %86, %43
  %45 = load i32, ptr %12, align 4
  %46 = load i32, ptr %7, align 4
  %47 = icmp slt i32 %45, %46
  br i1 %47, label %48, label %89

48:                                               ; preds = %44
  %49 = load ptr, ptr %9, align 8
  %50 = load i32, ptr %11, align 4
  %51 = sub nsw i32 %50, 1
  %52 = load i32, ptr %7, align 4
  %53 = mul nsw i32 %51, %52
  %54 = load i32, ptr %12, align 4
  %55 = add nsw i32 %53, %54
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds i8, ptr %49, i64 %56
  %58 = load i8, ptr %57, align 1
  store i8 %58, ptr %13, align 1
  %59 = load ptr, ptr %9, align 8
  %60 = load i32, ptr %11, align 4
  %61 = load i32, ptr %7, align 4
  %62 = mul nsw i32 %60, %61
  %63 = load i32, ptr %12, align 4
  %64 = add nsw i32 %62, %63
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds i8, ptr %59, i64 %65
  %67 = load i8, ptr %66, align 1
  %68 = load ptr, ptr %9, align 8
  %69 = load i32, ptr %11, align 4
  %70 = sub nsw i32 %69, 1
  %71 = load i32, ptr %7, align 4
  %72 = mul nsw i32 %70, %71
  %73 = load i32, ptr %12, align 4
  %74 = add nsw i32 %72, %73
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds i8, ptr %68, i64 %75
  store i8 %67, ptr %76, align 1
  %77 = load i8, ptr %13, align 1
  %78 = load ptr, ptr %9, align 8
  %79 = load i32, ptr %11, align 4
  %80 = load i32, ptr %7, align 4
  %81 = mul nsw i32 %79, %80
  %82 = load i32, ptr %12, align 4
  %83 = add nsw i32 %81, %82
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds i8, ptr %78, i64 %84
  store i8 %77, ptr %85, align 1
  br label %86

86:                                               ; preds = %48
  %87 = load i32, ptr %12, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %12, align 4
  br label %44, !llvm.loop !11

89:                                               ; preds = %44
  br label %90

90:                                               ; preds = %89
  %91 = load i32, ptr %11, align 4
  %92 = add nsw i32 %91, -1
  store i32 %92, ptr %11, align 4
  br label %21, !llvm.loop !12

93:                                               ; preds = %41
  br label %94

94:                                               ; preds = %93
  %95 = load i32, ptr %10, align 4
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %10, align 4
  br label %15, !llvm.loop !13

97:                                               ; preds = %15
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_int(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = load i32, ptr %7, align 4
  store i32 %8, ptr %5, align 4
  %9 = load ptr, ptr %4, align 8
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

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_int_desc(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = call i32 @cmp_int(ptr noundef %5, ptr noundef %6)
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_dbl(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = load double, ptr %7, align 8
  store double %8, ptr %5, align 8
  %9 = load ptr, ptr %4, align 8
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

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @fold(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store ptr %3, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %23, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %6, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %26

14:                                               ; preds = %10
  %15 = load ptr, ptr %8, align 8
  %16 = load i32, ptr %7, align 4
  %17 = load ptr, ptr %5, align 8
  %18 = load i32, ptr %9, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds i32, ptr %17, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = call i32 %15(i32 noundef %16, i32 noundef %21)
  store i32 %22, ptr %7, align 4
  br label %23

23:                                               ; preds = %14
  %24 = load i32, ptr %9, align 4
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %9, align 4
  br label %10, !llvm.loop !14

26:                                               ; preds = %10
  %27 = load i32, ptr %7, align 4
  ret i32 %27
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @pick(i8 noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  %4 = load i8, ptr %3, align 1
  %5 = zext i8 %4 to i32
  switch i32 %5, label %9 [
    i32 43, label %6
    i32 45, label %7
    i32 42, label %8
  ]

6:                                                ; preds = %1
  store ptr @add, ptr %2, align 8
  br label %10

7:                                                ; preds = %1
  store ptr @sub, ptr %2, align 8
  br label %10

8:                                                ; preds = %1
  store ptr @mul, ptr %2, align 8
  br label %10

9:                                                ; preds = %1
  store ptr @maxi, ptr %2, align 8
  br label %10

10:                                               ; preds = %9, %8, %7, %6
  %11 = load ptr, ptr %2, align 8
  ret ptr %11
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @apply_d(ptr noundef %0, double noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = call double %5(double noundef %6)
  ret double %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @twice(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fmul double 2.000000e+00, %3
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @apply_ll(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %7 = load ptr, ptr %4, align 8
  %8 = load i64, ptr %5, align 8
  %9 = load i32, ptr %6, align 4
  %10 = call i64 %7(i64 noundef %8, i32 noundef %9)
  ret i64 %10
}

; Function Attrs: noinline nounwind optnone uwtable
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
  br label %6, !llvm.loop !15

14:                                               ; preds = %6
  %15 = load i64, ptr %5, align 8
  ret i64 %15
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @say(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %3)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
define internal double @rect_area(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.Shape, ptr %3, i32 0, i32 1
  %5 = load double, ptr %4, align 8
  %6 = load ptr, ptr %2, align 8
  %7 = getelementptr inbounds nuw %struct.Shape, ptr %6, i32 0, i32 2
  %8 = load double, ptr %7, align 8
  %9 = fmul double %5, %8
  ret double %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @rect_perim(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.Shape, ptr %3, i32 0, i32 1
  %5 = load double, ptr %4, align 8
  %6 = load ptr, ptr %2, align 8
  %7 = getelementptr inbounds nuw %struct.Shape, ptr %6, i32 0, i32 2
  %8 = load double, ptr %7, align 8
  %9 = fadd double %5, %8
  %10 = fmul double 2.000000e+00, %9
  ret double %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @rect_name() #0 {
  ret ptr @.str.9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @tri_area(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.Shape, ptr %3, i32 0, i32 1
  %5 = load double, ptr %4, align 8
  %6 = fmul double 5.000000e-01, %5
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds nuw %struct.Shape, ptr %7, i32 0, i32 2
  %9 = load double, ptr %8, align 8
  %10 = fmul double %6, %9
  ret double %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @tri_perim(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.Shape, ptr %3, i32 0, i32 1
  %5 = load double, ptr %4, align 8
  %6 = load ptr, ptr %2, align 8
  %7 = getelementptr inbounds nuw %struct.Shape, ptr %6, i32 0, i32 2
  %8 = load double, ptr %7, align 8
  %9 = fadd double %5, %8
  %10 = fadd double %9, 5.000000e+00
  ret double %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @tri_name() #0 {
  ret ptr @.str.10
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
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
