; ModuleID = 'struct_big.c'
source_filename = "struct_big.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Vec4 = type { [4 x double] }
%struct.Big = type { i32, [20 x i8], [5 x i64], %struct.Vec4, i16 }
%struct.Mat3 = type { [3 x [3 x float]] }
%struct.Node = type { i32, ptr, ptr }

@__const.main.a = private unnamed_addr constant %struct.Vec4 { [4 x double] [double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00] }, align 8
@__const.main.b = private unnamed_addr constant %struct.Vec4 { [4 x double] [double 5.000000e-01, double 2.500000e-01, double 1.250000e-01, double 6.250000e-02] }, align 8
@.str = private unnamed_addr constant [24 x i8] c"v4 %.4f %.4f %.4f %.4f\0A\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"answer\00", align 1
@.str.2 = private unnamed_addr constant [28 x i8] c"big %d %s %lld %d sum %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [27 x i8] c"copy %d %lld %.2f orig %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"two\00", align 1
@.str.5 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"arr %lld\0A\00", align 1
@.str.7 = private unnamed_addr constant [25 x i8] c"mat %.1f %.1f %.1f %.1f\0A\00", align 1
@__const.main.n4 = private unnamed_addr constant { i32, [4 x i8], ptr, ptr } { i32 4, [4 x i8] zeroinitializer, ptr null, ptr null }, align 8
@__const.main.n5 = private unnamed_addr constant { i32, [4 x i8], ptr, ptr } { i32 5, [4 x i8] zeroinitializer, ptr null, ptr null }, align 8
@__const.main.n3 = private unnamed_addr constant { i32, [4 x i8], ptr, ptr } { i32 3, [4 x i8] zeroinitializer, ptr null, ptr null }, align 8
@.str.8 = private unnamed_addr constant [9 x i8] c"tree %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [20 x i8] c"designated\00\00\00\00\00\00\00\00\00\00", align 1
@.str.10 = private unnamed_addr constant [21 x i8] c"desig %d %s %lld %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Vec4, align 8
  %3 = alloca %struct.Vec4, align 8
  %4 = alloca %struct.Vec4, align 8
  %5 = alloca %struct.Big, align 8
  %6 = alloca %struct.Big, align 8
  %7 = alloca [3 x %struct.Big], align 16
  %8 = alloca i32, align 4
  %9 = alloca %struct.Big, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca %struct.Mat3, align 8
  %13 = alloca %struct.Mat3, align 4
  %14 = alloca %struct.Node, align 8
  %15 = alloca %struct.Node, align 8
  %16 = alloca %struct.Node, align 8
  %17 = alloca %struct.Node, align 8
  %18 = alloca %struct.Node, align 8
  %19 = alloca ptr, align 8
  %20 = alloca %struct.Big, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 @__const.main.a, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 @__const.main.b, i64 32, i1 false)
  call void @v4_add(ptr dead_on_unwind writable sret(%struct.Vec4) align 8 %4, ptr noundef byval(%struct.Vec4) align 8 %2, ptr noundef byval(%struct.Vec4) align 8 %3)
  %21 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  %22 = getelementptr inbounds [4 x double], ptr %21, i64 0, i64 0
  %23 = load double, ptr %22, align 8
  %24 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  %25 = getelementptr inbounds [4 x double], ptr %24, i64 0, i64 1
  %26 = load double, ptr %25, align 8
  %27 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  %28 = getelementptr inbounds [4 x double], ptr %27, i64 0, i64 2
  %29 = load double, ptr %28, align 8
  %30 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  %31 = getelementptr inbounds [4 x double], ptr %30, i64 0, i64 3
  %32 = load double, ptr %31, align 8
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %23, double noundef %26, double noundef %29, double noundef %32)
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %5, i32 noundef 42, ptr noundef @.str.1)
  %34 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 0
  %35 = load i32, ptr %34, align 8
  %36 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 1
  %37 = getelementptr inbounds [20 x i8], ptr %36, i64 0, i64 0
  %38 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 2
  %39 = getelementptr inbounds [5 x i64], ptr %38, i64 0, i64 4
  %40 = load i64, ptr %39, align 8
  %41 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 4
  %42 = load i16, ptr %41, align 8
  %43 = sext i16 %42 to i32
  %44 = call i64 @big_sum(ptr noundef byval(%struct.Big) align 8 %5)
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %35, ptr noundef %37, i64 noundef %40, i32 noundef %43, i64 noundef %44)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 %5, i64 104, i1 false)
  call void @big_bump(ptr noundef %6)
  %46 = getelementptr inbounds nuw %struct.Big, ptr %6, i32 0, i32 0
  %47 = load i32, ptr %46, align 8
  %48 = getelementptr inbounds nuw %struct.Big, ptr %6, i32 0, i32 2
  %49 = getelementptr inbounds [5 x i64], ptr %48, i64 0, i64 4
  %50 = load i64, ptr %49, align 8
  %51 = getelementptr inbounds nuw %struct.Big, ptr %6, i32 0, i32 3
  %52 = getelementptr inbounds nuw %struct.Vec4, ptr %51, i32 0, i32 0
  %53 = getelementptr inbounds [4 x double], ptr %52, i64 0, i64 1
  %54 = load double, ptr %53, align 8
  %55 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 0
  %56 = load i32, ptr %55, align 8
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %47, i64 noundef %50, double noundef %54, i32 noundef %56)
  store i32 0, ptr %8, align 4
  br label %58

58:                                               ; preds = %71, %0
  %59 = load i32, ptr %8, align 4
  %60 = icmp slt i32 %59, 3
  br i1 %60, label %61, label %74

61:                                               ; preds = %58
  %62 = load i32, ptr %8, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [3 x %struct.Big], ptr %7, i64 0, i64 %63
  %65 = load i32, ptr %8, align 4
  %66 = add nsw i32 %65, 1
  %67 = load i32, ptr %8, align 4
  %68 = icmp eq i32 %67, 1
  %69 = zext i1 %68 to i64
  %70 = select i1 %68, ptr @.str.4, ptr @.str.5
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %9, i32 noundef %66, ptr noundef %70)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %64, ptr align 8 %9, i64 104, i1 false)
  br label %71

71:                                               ; preds = %61
  %72 = load i32, ptr %8, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %8, align 4
  br label %58, !llvm.loop !6

74:                                               ; preds = %58
  store i64 0, ptr %10, align 8
  store i32 0, ptr %11, align 4
  br label %75

75:                                               ; preds = %85, %74
  %76 = load i32, ptr %11, align 4
  %77 = icmp slt i32 %76, 3
  br i1 %77, label %78, label %88

78:                                               ; preds = %75
  %79 = load i32, ptr %11, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [3 x %struct.Big], ptr %7, i64 0, i64 %80
  %82 = call i64 @big_sum(ptr noundef byval(%struct.Big) align 8 %81)
  %83 = load i64, ptr %10, align 8
  %84 = add nsw i64 %83, %82
  store i64 %84, ptr %10, align 8
  br label %85

85:                                               ; preds = %78
  %86 = load i32, ptr %11, align 4
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %11, align 4
  br label %75, !llvm.loop !8

88:                                               ; preds = %75
  %89 = load i64, ptr %10, align 8
  %90 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %89)
  call void @llvm.memset.p0.i64(ptr align 4 %12, i8 0, i64 36, i1 false)
  %91 = getelementptr inbounds %struct.Mat3, ptr %12, i32 0, i32 0
  %92 = getelementptr inbounds [3 x [3 x float]], ptr %91, i32 0, i32 0
  %93 = getelementptr inbounds [3 x float], ptr %92, i32 0, i32 0
  store float 1.000000e+00, ptr %93, align 4
  %94 = getelementptr inbounds [3 x float], ptr %92, i32 0, i32 1
  store float 2.000000e+00, ptr %94, align 4
  %95 = getelementptr inbounds [3 x [3 x float]], ptr %91, i32 0, i32 1
  %96 = getelementptr inbounds [3 x float], ptr %95, i32 0, i32 1
  store float 1.000000e+00, ptr %96, align 4
  %97 = getelementptr inbounds [3 x [3 x float]], ptr %91, i32 0, i32 2
  %98 = getelementptr inbounds [3 x float], ptr %97, i32 0, i32 2
  store float 2.000000e+00, ptr %98, align 4
  call void @mat_mul(ptr dead_on_unwind writable sret(%struct.Mat3) align 4 %13, ptr noundef byval(%struct.Mat3) align 8 %12, ptr noundef byval(%struct.Mat3) align 8 %12)
  %99 = getelementptr inbounds nuw %struct.Mat3, ptr %13, i32 0, i32 0
  %100 = getelementptr inbounds [3 x [3 x float]], ptr %99, i64 0, i64 0
  %101 = getelementptr inbounds [3 x float], ptr %100, i64 0, i64 0
  %102 = load float, ptr %101, align 4
  %103 = fpext float %102 to double
  %104 = getelementptr inbounds nuw %struct.Mat3, ptr %13, i32 0, i32 0
  %105 = getelementptr inbounds [3 x [3 x float]], ptr %104, i64 0, i64 0
  %106 = getelementptr inbounds [3 x float], ptr %105, i64 0, i64 1
  %107 = load float, ptr %106, align 4
  %108 = fpext float %107 to double
  %109 = getelementptr inbounds nuw %struct.Mat3, ptr %13, i32 0, i32 0
  %110 = getelementptr inbounds [3 x [3 x float]], ptr %109, i64 0, i64 1
  %111 = getelementptr inbounds [3 x float], ptr %110, i64 0, i64 1
  %112 = load float, ptr %111, align 4
  %113 = fpext float %112 to double
  %114 = getelementptr inbounds nuw %struct.Mat3, ptr %13, i32 0, i32 0
  %115 = getelementptr inbounds [3 x [3 x float]], ptr %114, i64 0, i64 2
  %116 = getelementptr inbounds [3 x float], ptr %115, i64 0, i64 2
  %117 = load float, ptr %116, align 4
  %118 = fpext float %117 to double
  %119 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %103, double noundef %108, double noundef %113, double noundef %118)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 @__const.main.n4, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %15, ptr align 8 @__const.main.n5, i64 24, i1 false)
  %120 = getelementptr inbounds nuw %struct.Node, ptr %16, i32 0, i32 0
  store i32 2, ptr %120, align 8
  %121 = getelementptr i8, ptr %16, i64 4
  call void @llvm.memset.p0.i64(ptr align 4 %121, i8 0, i64 4, i1 false)
  %122 = getelementptr inbounds nuw %struct.Node, ptr %16, i32 0, i32 1
  store ptr %14, ptr %122, align 8
  %123 = getelementptr inbounds nuw %struct.Node, ptr %16, i32 0, i32 2
  store ptr %15, ptr %123, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %17, ptr align 8 @__const.main.n3, i64 24, i1 false)
  %124 = getelementptr inbounds nuw %struct.Node, ptr %18, i32 0, i32 0
  store i32 1, ptr %124, align 8
  %125 = getelementptr i8, ptr %18, i64 4
  call void @llvm.memset.p0.i64(ptr align 4 %125, i8 0, i64 4, i1 false)
  %126 = getelementptr inbounds nuw %struct.Node, ptr %18, i32 0, i32 1
  store ptr %16, ptr %126, align 8
  %127 = getelementptr inbounds nuw %struct.Node, ptr %18, i32 0, i32 2
  store ptr %17, ptr %127, align 8
  %128 = call i32 @tree_sum(ptr noundef %18)
  %129 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %128)
  %130 = getelementptr inbounds [3 x %struct.Big], ptr %7, i64 0, i64 1
  store ptr %130, ptr %19, align 8
  %131 = load ptr, ptr %19, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %20, i8 0, i64 104, i1 false)
  %132 = getelementptr inbounds nuw %struct.Big, ptr %20, i32 0, i32 0
  store i32 9, ptr %132, align 8
  %133 = getelementptr inbounds nuw %struct.Big, ptr %20, i32 0, i32 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %133, ptr align 1 @.str.9, i64 20, i1 false)
  %134 = getelementptr inbounds nuw %struct.Big, ptr %20, i32 0, i32 2
  %135 = getelementptr inbounds nuw %struct.Big, ptr %20, i32 0, i32 3
  %136 = getelementptr inbounds nuw %struct.Big, ptr %20, i32 0, i32 4
  store i16 -1, ptr %136, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %131, ptr align 8 %20, i64 104, i1 false)
  %137 = getelementptr inbounds [3 x %struct.Big], ptr %7, i64 0, i64 1
  %138 = getelementptr inbounds nuw %struct.Big, ptr %137, i32 0, i32 0
  %139 = load i32, ptr %138, align 8
  %140 = getelementptr inbounds [3 x %struct.Big], ptr %7, i64 0, i64 1
  %141 = getelementptr inbounds nuw %struct.Big, ptr %140, i32 0, i32 1
  %142 = getelementptr inbounds [20 x i8], ptr %141, i64 0, i64 0
  %143 = getelementptr inbounds [3 x %struct.Big], ptr %7, i64 0, i64 1
  %144 = getelementptr inbounds nuw %struct.Big, ptr %143, i32 0, i32 2
  %145 = getelementptr inbounds [5 x i64], ptr %144, i64 0, i64 0
  %146 = load i64, ptr %145, align 8
  %147 = getelementptr inbounds [3 x %struct.Big], ptr %7, i64 0, i64 1
  %148 = getelementptr inbounds nuw %struct.Big, ptr %147, i32 0, i32 4
  %149 = load i16, ptr %148, align 8
  %150 = sext i16 %149 to i32
  %151 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %139, ptr noundef %142, i64 noundef %146, i32 noundef %150)
  %152 = load i64, ptr %10, align 8
  %153 = srem i64 %152, 100
  %154 = trunc i64 %153 to i32
  ret i32 %154
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @v4_add(ptr dead_on_unwind noalias writable sret(%struct.Vec4) align 8 %0, ptr noundef byval(%struct.Vec4) align 8 %1, ptr noundef byval(%struct.Vec4) align 8 %2) #0 {
  %4 = alloca i32, align 4
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %24, %3
  %6 = load i32, ptr %4, align 4
  %7 = icmp slt i32 %6, 4
  br i1 %7, label %8, label %27

8:                                                ; preds = %5
  %9 = getelementptr inbounds nuw %struct.Vec4, ptr %1, i32 0, i32 0
  %10 = load i32, ptr %4, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [4 x double], ptr %9, i64 0, i64 %11
  %13 = load double, ptr %12, align 8
  %14 = getelementptr inbounds nuw %struct.Vec4, ptr %2, i32 0, i32 0
  %15 = load i32, ptr %4, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [4 x double], ptr %14, i64 0, i64 %16
  %18 = load double, ptr %17, align 8
  %19 = fadd double %13, %18
  %20 = getelementptr inbounds nuw %struct.Vec4, ptr %0, i32 0, i32 0
  %21 = load i32, ptr %4, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [4 x double], ptr %20, i64 0, i64 %22
  store double %19, ptr %23, align 8
  br label %24

24:                                               ; preds = %8
  %25 = load i32, ptr %4, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %4, align 4
  br label %5, !llvm.loop !9

27:                                               ; preds = %5
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @big_make(ptr dead_on_unwind noalias writable sret(%struct.Big) align 8 %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %1, ptr %4, align 4
  store ptr %2, ptr %5, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %0, i8 0, i64 104, i1 false)
  %8 = load i32, ptr %4, align 4
  %9 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 0
  store i32 %8, ptr %9, align 8
  store i32 0, ptr %6, align 4
  br label %10

10:                                               ; preds = %33, %3
  %11 = load ptr, ptr %5, align 8
  %12 = load i32, ptr %6, align 4
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds i8, ptr %11, i64 %13
  %15 = load i8, ptr %14, align 1
  %16 = sext i8 %15 to i32
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %18, label %21

18:                                               ; preds = %10
  %19 = load i32, ptr %6, align 4
  %20 = icmp slt i32 %19, 19
  br label %21

21:                                               ; preds = %18, %10
  %22 = phi i1 [ false, %10 ], [ %20, %18 ]
  br i1 %22, label %23, label %36

23:                                               ; preds = %21
  %24 = load ptr, ptr %5, align 8
  %25 = load i32, ptr %6, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds i8, ptr %24, i64 %26
  %28 = load i8, ptr %27, align 1
  %29 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 1
  %30 = load i32, ptr %6, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [20 x i8], ptr %29, i64 0, i64 %31
  store i8 %28, ptr %32, align 1
  br label %33

33:                                               ; preds = %23
  %34 = load i32, ptr %6, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %6, align 4
  br label %10, !llvm.loop !10

36:                                               ; preds = %21
  store i32 0, ptr %7, align 4
  br label %37

37:                                               ; preds = %52, %36
  %38 = load i32, ptr %7, align 4
  %39 = icmp slt i32 %38, 5
  br i1 %39, label %40, label %55

40:                                               ; preds = %37
  %41 = load i32, ptr %4, align 4
  %42 = sext i32 %41 to i64
  %43 = mul nsw i64 %42, 1000000007
  %44 = load i32, ptr %7, align 4
  %45 = add nsw i32 %44, 1
  %46 = sext i32 %45 to i64
  %47 = mul nsw i64 %43, %46
  %48 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 2
  %49 = load i32, ptr %7, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [5 x i64], ptr %48, i64 0, i64 %50
  store i64 %47, ptr %51, align 8
  br label %52

52:                                               ; preds = %40
  %53 = load i32, ptr %7, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %7, align 4
  br label %37, !llvm.loop !11

55:                                               ; preds = %37
  %56 = load i32, ptr %4, align 4
  %57 = sitofp i32 %56 to double
  %58 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 3
  %59 = getelementptr inbounds nuw %struct.Vec4, ptr %58, i32 0, i32 0
  %60 = getelementptr inbounds [4 x double], ptr %59, i64 0, i64 0
  store double %57, ptr %60, align 8
  %61 = load i32, ptr %4, align 4
  %62 = sub nsw i32 0, %61
  %63 = sitofp i32 %62 to double
  %64 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 3
  %65 = getelementptr inbounds nuw %struct.Vec4, ptr %64, i32 0, i32 0
  %66 = getelementptr inbounds [4 x double], ptr %65, i64 0, i64 3
  store double %63, ptr %66, align 8
  %67 = load i32, ptr %4, align 4
  %68 = mul nsw i32 %67, 3
  %69 = trunc i32 %68 to i16
  %70 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 4
  store i16 %69, ptr %70, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @big_sum(ptr noundef byval(%struct.Big) align 8 %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 0
  %6 = load i32, ptr %5, align 8
  %7 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 4
  %8 = load i16, ptr %7, align 8
  %9 = sext i16 %8 to i32
  %10 = add nsw i32 %6, %9
  %11 = sext i32 %10 to i64
  store i64 %11, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %12

12:                                               ; preds = %23, %1
  %13 = load i32, ptr %3, align 4
  %14 = icmp slt i32 %13, 5
  br i1 %14, label %15, label %26

15:                                               ; preds = %12
  %16 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 2
  %17 = load i32, ptr %3, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [5 x i64], ptr %16, i64 0, i64 %18
  %20 = load i64, ptr %19, align 8
  %21 = load i64, ptr %2, align 8
  %22 = add nsw i64 %21, %20
  store i64 %22, ptr %2, align 8
  br label %23

23:                                               ; preds = %15
  %24 = load i32, ptr %3, align 4
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %3, align 4
  br label %12, !llvm.loop !12

26:                                               ; preds = %12
  store i32 0, ptr %4, align 4
  br label %27

27:                                               ; preds = %40, %26
  %28 = load i32, ptr %4, align 4
  %29 = icmp slt i32 %28, 4
  br i1 %29, label %30, label %43

30:                                               ; preds = %27
  %31 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 3
  %32 = getelementptr inbounds nuw %struct.Vec4, ptr %31, i32 0, i32 0
  %33 = load i32, ptr %4, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [4 x double], ptr %32, i64 0, i64 %34
  %36 = load double, ptr %35, align 8
  %37 = fptosi double %36 to i64
  %38 = load i64, ptr %2, align 8
  %39 = add nsw i64 %38, %37
  store i64 %39, ptr %2, align 8
  br label %40

40:                                               ; preds = %30
  %41 = load i32, ptr %4, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %4, align 4
  br label %27, !llvm.loop !13

43:                                               ; preds = %27
  %44 = load i64, ptr %2, align 8
  %45 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 1
  %46 = getelementptr inbounds [20 x i8], ptr %45, i64 0, i64 0
  %47 = call i64 @strlen(ptr noundef %46) #6
  %48 = add nsw i64 %44, %47
  ret i64 %48
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @big_bump(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.Big, ptr %3, i32 0, i32 0
  %5 = load i32, ptr %4, align 8
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr %4, align 8
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds nuw %struct.Big, ptr %7, i32 0, i32 2
  %9 = getelementptr inbounds [5 x i64], ptr %8, i64 0, i64 4
  %10 = load i64, ptr %9, align 8
  %11 = sub nsw i64 %10, 1
  store i64 %11, ptr %9, align 8
  %12 = load ptr, ptr %2, align 8
  %13 = getelementptr inbounds nuw %struct.Big, ptr %12, i32 0, i32 3
  %14 = getelementptr inbounds nuw %struct.Vec4, ptr %13, i32 0, i32 0
  %15 = getelementptr inbounds [4 x double], ptr %14, i64 0, i64 1
  %16 = load double, ptr %15, align 8
  %17 = fadd double %16, 5.000000e-01
  store double %17, ptr %15, align 8
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal void @mat_mul(ptr dead_on_unwind noalias writable sret(%struct.Mat3) align 4 %0, ptr noundef byval(%struct.Mat3) align 8 %1, ptr noundef byval(%struct.Mat3) align 8 %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %4, align 4
  br label %8

8:                                                ; preds = %54, %3
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 3
  br i1 %10, label %11, label %57

11:                                               ; preds = %8
  store i32 0, ptr %5, align 4
  br label %12

12:                                               ; preds = %50, %11
  %13 = load i32, ptr %5, align 4
  %14 = icmp slt i32 %13, 3
  br i1 %14, label %15, label %53

15:                                               ; preds = %12
  store float 0.000000e+00, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %16

16:                                               ; preds = %38, %15
  %17 = load i32, ptr %7, align 4
  %18 = icmp slt i32 %17, 3
  br i1 %18, label %19, label %41

19:                                               ; preds = %16
  %20 = getelementptr inbounds nuw %struct.Mat3, ptr %1, i32 0, i32 0
  %21 = load i32, ptr %4, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [3 x [3 x float]], ptr %20, i64 0, i64 %22
  %24 = load i32, ptr %7, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [3 x float], ptr %23, i64 0, i64 %25
  %27 = load float, ptr %26, align 4
  %28 = getelementptr inbounds nuw %struct.Mat3, ptr %2, i32 0, i32 0
  %29 = load i32, ptr %7, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [3 x [3 x float]], ptr %28, i64 0, i64 %30
  %32 = load i32, ptr %5, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [3 x float], ptr %31, i64 0, i64 %33
  %35 = load float, ptr %34, align 4
  %36 = load float, ptr %6, align 4
  %37 = call float @llvm.fmuladd.f32(float %27, float %35, float %36)
  store float %37, ptr %6, align 4
  br label %38

38:                                               ; preds = %19
  %39 = load i32, ptr %7, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %7, align 4
  br label %16, !llvm.loop !14

41:                                               ; preds = %16
  %42 = load float, ptr %6, align 4
  %43 = getelementptr inbounds nuw %struct.Mat3, ptr %0, i32 0, i32 0
  %44 = load i32, ptr %4, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [3 x [3 x float]], ptr %43, i64 0, i64 %45
  %47 = load i32, ptr %5, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [3 x float], ptr %46, i64 0, i64 %48
  store float %42, ptr %49, align 4
  br label %50

50:                                               ; preds = %41
  %51 = load i32, ptr %5, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %5, align 4
  br label %12, !llvm.loop !15

53:                                               ; preds = %12
  br label %54

54:                                               ; preds = %53
  %55 = load i32, ptr %4, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %4, align 4
  br label %8, !llvm.loop !16

57:                                               ; preds = %8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @tree_sum(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = icmp ne ptr %3, null
  br i1 %4, label %5, label %19

5:                                                ; preds = %1
  %6 = load ptr, ptr %2, align 8
  %7 = getelementptr inbounds nuw %struct.Node, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %7, align 8
  %9 = load ptr, ptr %2, align 8
  %10 = getelementptr inbounds nuw %struct.Node, ptr %9, i32 0, i32 1
  %11 = load ptr, ptr %10, align 8
  %12 = call i32 @tree_sum(ptr noundef %11)
  %13 = add nsw i32 %8, %12
  %14 = load ptr, ptr %2, align 8
  %15 = getelementptr inbounds nuw %struct.Node, ptr %14, i32 0, i32 2
  %16 = load ptr, ptr %15, align 8
  %17 = call i32 @tree_sum(ptr noundef %16)
  %18 = add nsw i32 %13, %17
  br label %20

19:                                               ; preds = %1
  br label %20

20:                                               ; preds = %19, %5
  %21 = phi i32 [ %18, %5 ], [ 0, %19 ]
  ret i32 %21
}

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind willreturn memory(read) }

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
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
