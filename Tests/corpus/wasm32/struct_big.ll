; ModuleID = 'struct_big.c'
source_filename = "struct_big.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Vec4 = type { [4 x double] }
%struct.Node = type { i32, ptr, ptr }
%struct.Big = type { i32, [20 x i8], [5 x i64], %struct.Vec4, i16 }
%struct.Mat3 = type { [3 x [3 x float]] }

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
@__const.main.n4 = private unnamed_addr constant %struct.Node { i32 4, ptr null, ptr null }, align 4
@__const.main.n5 = private unnamed_addr constant %struct.Node { i32 5, ptr null, ptr null }, align 4
@__const.main.n3 = private unnamed_addr constant %struct.Node { i32 3, ptr null, ptr null }, align 4
@.str.8 = private unnamed_addr constant [9 x i8] c"tree %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [20 x i8] c"designated\00\00\00\00\00\00\00\00\00\00", align 1
@.str.10 = private unnamed_addr constant [21 x i8] c"desig %d %s %lld %d\0A\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
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
  %12 = alloca %struct.Mat3, align 4
  %13 = alloca %struct.Mat3, align 4
  %14 = alloca %struct.Node, align 4
  %15 = alloca %struct.Node, align 4
  %16 = alloca %struct.Node, align 4
  %17 = alloca %struct.Node, align 4
  %18 = alloca %struct.Node, align 4
  %19 = alloca ptr, align 4
  %20 = alloca %struct.Big, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %2, ptr align 8 @__const.main.a, i32 32, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %3, ptr align 8 @__const.main.b, i32 32, i1 false)
  call void @v4_add(ptr dead_on_unwind writable sret(%struct.Vec4) align 8 %4, ptr noundef byval(%struct.Vec4) align 8 %2, ptr noundef byval(%struct.Vec4) align 8 %3)
  %21 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  %22 = getelementptr inbounds [4 x double], ptr %21, i32 0, i32 0
  %23 = load double, ptr %22, align 8
  %24 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  %25 = getelementptr inbounds [4 x double], ptr %24, i32 0, i32 1
  %26 = load double, ptr %25, align 8
  %27 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  %28 = getelementptr inbounds [4 x double], ptr %27, i32 0, i32 2
  %29 = load double, ptr %28, align 8
  %30 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  %31 = getelementptr inbounds [4 x double], ptr %30, i32 0, i32 3
  %32 = load double, ptr %31, align 8
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %23, double noundef %26, double noundef %29, double noundef %32)
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %5, i32 noundef 42, ptr noundef @.str.1)
  %34 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 0
  %35 = load i32, ptr %34, align 8
  %36 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 1
  %37 = getelementptr inbounds [20 x i8], ptr %36, i32 0, i32 0
  %38 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 2
  %39 = getelementptr inbounds [5 x i64], ptr %38, i32 0, i32 4
  %40 = load i64, ptr %39, align 8
  %41 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 4
  %42 = load i16, ptr %41, align 8
  %43 = sext i16 %42 to i32
  %44 = call i64 @big_sum(ptr noundef byval(%struct.Big) align 8 %5)
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %35, ptr noundef %37, i64 noundef %40, i32 noundef %43, i64 noundef %44)
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %6, ptr align 8 %5, i32 104, i1 false)
  call void @big_bump(ptr noundef %6)
  %46 = getelementptr inbounds nuw %struct.Big, ptr %6, i32 0, i32 0
  %47 = load i32, ptr %46, align 8
  %48 = getelementptr inbounds nuw %struct.Big, ptr %6, i32 0, i32 2
  %49 = getelementptr inbounds [5 x i64], ptr %48, i32 0, i32 4
  %50 = load i64, ptr %49, align 8
  %51 = getelementptr inbounds nuw %struct.Big, ptr %6, i32 0, i32 3
  %52 = getelementptr inbounds nuw %struct.Vec4, ptr %51, i32 0, i32 0
  %53 = getelementptr inbounds [4 x double], ptr %52, i32 0, i32 1
  %54 = load double, ptr %53, align 8
  %55 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 0
  %56 = load i32, ptr %55, align 8
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %47, i64 noundef %50, double noundef %54, i32 noundef %56)
  store i32 0, ptr %8, align 4
  br label %58

58:                                               ; preds = %70, %0
  %59 = load i32, ptr %8, align 4
  %60 = icmp slt i32 %59, 3
  br i1 %60, label %61, label %73

61:                                               ; preds = %58
  %62 = load i32, ptr %8, align 4
  %63 = getelementptr inbounds [3 x %struct.Big], ptr %7, i32 0, i32 %62
  %64 = load i32, ptr %8, align 4
  %65 = add nsw i32 %64, 1
  %66 = load i32, ptr %8, align 4
  %67 = icmp eq i32 %66, 1
  %68 = zext i1 %67 to i64
  %69 = select i1 %67, ptr @.str.4, ptr @.str.5
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %9, i32 noundef %65, ptr noundef %69)
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %63, ptr align 8 %9, i32 104, i1 false)
  br label %70

70:                                               ; preds = %61
  %71 = load i32, ptr %8, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %8, align 4
  br label %58, !llvm.loop !2

73:                                               ; preds = %58
  store i64 0, ptr %10, align 8
  store i32 0, ptr %11, align 4
  br label %74

74:                                               ; preds = %83, %73
  %75 = load i32, ptr %11, align 4
  %76 = icmp slt i32 %75, 3
  br i1 %76, label %77, label %86

77:                                               ; preds = %74
  %78 = load i32, ptr %11, align 4
  %79 = getelementptr inbounds [3 x %struct.Big], ptr %7, i32 0, i32 %78
  %80 = call i64 @big_sum(ptr noundef byval(%struct.Big) align 8 %79)
  %81 = load i64, ptr %10, align 8
  %82 = add nsw i64 %81, %80
  store i64 %82, ptr %10, align 8
  br label %83

83:                                               ; preds = %77
  %84 = load i32, ptr %11, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %11, align 4
  br label %74, !llvm.loop !4

86:                                               ; preds = %74
  %87 = load i64, ptr %10, align 8
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %87)
  call void @llvm.memset.p0.i32(ptr align 4 %12, i8 0, i32 36, i1 false)
  %89 = getelementptr inbounds %struct.Mat3, ptr %12, i32 0, i32 0
  %90 = getelementptr inbounds [3 x [3 x float]], ptr %89, i32 0, i32 0
  %91 = getelementptr inbounds [3 x float], ptr %90, i32 0, i32 0
  store float 1.000000e+00, ptr %91, align 4
  %92 = getelementptr inbounds [3 x float], ptr %90, i32 0, i32 1
  store float 2.000000e+00, ptr %92, align 4
  %93 = getelementptr inbounds [3 x [3 x float]], ptr %89, i32 0, i32 1
  %94 = getelementptr inbounds [3 x float], ptr %93, i32 0, i32 1
  store float 1.000000e+00, ptr %94, align 4
  %95 = getelementptr inbounds [3 x [3 x float]], ptr %89, i32 0, i32 2
  %96 = getelementptr inbounds [3 x float], ptr %95, i32 0, i32 2
  store float 2.000000e+00, ptr %96, align 4
  call void @mat_mul(ptr dead_on_unwind writable sret(%struct.Mat3) align 4 %13, ptr noundef byval(%struct.Mat3) align 4 %12, ptr noundef byval(%struct.Mat3) align 4 %12)
  %97 = getelementptr inbounds nuw %struct.Mat3, ptr %13, i32 0, i32 0
  %98 = getelementptr inbounds [3 x [3 x float]], ptr %97, i32 0, i32 0
  %99 = getelementptr inbounds [3 x float], ptr %98, i32 0, i32 0
  %100 = load float, ptr %99, align 4
  %101 = fpext float %100 to double
  %102 = getelementptr inbounds nuw %struct.Mat3, ptr %13, i32 0, i32 0
  %103 = getelementptr inbounds [3 x [3 x float]], ptr %102, i32 0, i32 0
  %104 = getelementptr inbounds [3 x float], ptr %103, i32 0, i32 1
  %105 = load float, ptr %104, align 4
  %106 = fpext float %105 to double
  %107 = getelementptr inbounds nuw %struct.Mat3, ptr %13, i32 0, i32 0
  %108 = getelementptr inbounds [3 x [3 x float]], ptr %107, i32 0, i32 1
  %109 = getelementptr inbounds [3 x float], ptr %108, i32 0, i32 1
  %110 = load float, ptr %109, align 4
  %111 = fpext float %110 to double
  %112 = getelementptr inbounds nuw %struct.Mat3, ptr %13, i32 0, i32 0
  %113 = getelementptr inbounds [3 x [3 x float]], ptr %112, i32 0, i32 2
  %114 = getelementptr inbounds [3 x float], ptr %113, i32 0, i32 2
  %115 = load float, ptr %114, align 4
  %116 = fpext float %115 to double
  %117 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %101, double noundef %106, double noundef %111, double noundef %116)
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %14, ptr align 4 @__const.main.n4, i32 12, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %15, ptr align 4 @__const.main.n5, i32 12, i1 false)
  %118 = getelementptr inbounds nuw %struct.Node, ptr %16, i32 0, i32 0
  store i32 2, ptr %118, align 4
  %119 = getelementptr inbounds nuw %struct.Node, ptr %16, i32 0, i32 1
  store ptr %14, ptr %119, align 4
  %120 = getelementptr inbounds nuw %struct.Node, ptr %16, i32 0, i32 2
  store ptr %15, ptr %120, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %17, ptr align 4 @__const.main.n3, i32 12, i1 false)
  %121 = getelementptr inbounds nuw %struct.Node, ptr %18, i32 0, i32 0
  store i32 1, ptr %121, align 4
  %122 = getelementptr inbounds nuw %struct.Node, ptr %18, i32 0, i32 1
  store ptr %16, ptr %122, align 4
  %123 = getelementptr inbounds nuw %struct.Node, ptr %18, i32 0, i32 2
  store ptr %17, ptr %123, align 4
  %124 = call i32 @tree_sum(ptr noundef %18)
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %124)
  %126 = getelementptr inbounds [3 x %struct.Big], ptr %7, i32 0, i32 1
  store ptr %126, ptr %19, align 4
  %127 = load ptr, ptr %19, align 4
  call void @llvm.memset.p0.i64(ptr align 8 %20, i8 0, i64 104, i1 false)
  %128 = getelementptr inbounds nuw %struct.Big, ptr %20, i32 0, i32 0
  store i32 9, ptr %128, align 8
  %129 = getelementptr inbounds nuw %struct.Big, ptr %20, i32 0, i32 1
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %129, ptr align 1 @.str.9, i32 20, i1 false)
  %130 = getelementptr inbounds nuw %struct.Big, ptr %20, i32 0, i32 2
  %131 = getelementptr inbounds nuw %struct.Big, ptr %20, i32 0, i32 3
  %132 = getelementptr inbounds nuw %struct.Big, ptr %20, i32 0, i32 4
  store i16 -1, ptr %132, align 8
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %127, ptr align 8 %20, i32 104, i1 false)
  %133 = getelementptr inbounds [3 x %struct.Big], ptr %7, i32 0, i32 1
  %134 = getelementptr inbounds nuw %struct.Big, ptr %133, i32 0, i32 0
  %135 = load i32, ptr %134, align 8
  %136 = getelementptr inbounds [3 x %struct.Big], ptr %7, i32 0, i32 1
  %137 = getelementptr inbounds nuw %struct.Big, ptr %136, i32 0, i32 1
  %138 = getelementptr inbounds [20 x i8], ptr %137, i32 0, i32 0
  %139 = getelementptr inbounds [3 x %struct.Big], ptr %7, i32 0, i32 1
  %140 = getelementptr inbounds nuw %struct.Big, ptr %139, i32 0, i32 2
  %141 = getelementptr inbounds [5 x i64], ptr %140, i32 0, i32 0
  %142 = load i64, ptr %141, align 8
  %143 = getelementptr inbounds [3 x %struct.Big], ptr %7, i32 0, i32 1
  %144 = getelementptr inbounds nuw %struct.Big, ptr %143, i32 0, i32 4
  %145 = load i16, ptr %144, align 8
  %146 = sext i16 %145 to i32
  %147 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %135, ptr noundef %138, i64 noundef %142, i32 noundef %146)
  %148 = load i64, ptr %10, align 8
  %149 = srem i64 %148, 100
  %150 = trunc i64 %149 to i32
  ret i32 %150
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal void @v4_add(ptr dead_on_unwind noalias writable sret(%struct.Vec4) align 8 %0, ptr noundef byval(%struct.Vec4) align 8 %1, ptr noundef byval(%struct.Vec4) align 8 %2) #0 {
  %4 = alloca i32, align 4
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %21, %3
  %6 = load i32, ptr %4, align 4
  %7 = icmp slt i32 %6, 4
  br i1 %7, label %8, label %24

8:                                                ; preds = %5
  %9 = getelementptr inbounds nuw %struct.Vec4, ptr %1, i32 0, i32 0
  %10 = load i32, ptr %4, align 4
  %11 = getelementptr inbounds [4 x double], ptr %9, i32 0, i32 %10
  %12 = load double, ptr %11, align 8
  %13 = getelementptr inbounds nuw %struct.Vec4, ptr %2, i32 0, i32 0
  %14 = load i32, ptr %4, align 4
  %15 = getelementptr inbounds [4 x double], ptr %13, i32 0, i32 %14
  %16 = load double, ptr %15, align 8
  %17 = fadd double %12, %16
  %18 = getelementptr inbounds nuw %struct.Vec4, ptr %0, i32 0, i32 0
  %19 = load i32, ptr %4, align 4
  %20 = getelementptr inbounds [4 x double], ptr %18, i32 0, i32 %19
  store double %17, ptr %20, align 8
  br label %21

21:                                               ; preds = %8
  %22 = load i32, ptr %4, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %4, align 4
  br label %5, !llvm.loop !5

24:                                               ; preds = %5
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone
define internal void @big_make(ptr dead_on_unwind noalias writable sret(%struct.Big) align 8 %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %1, ptr %4, align 4
  store ptr %2, ptr %5, align 4
  call void @llvm.memset.p0.i32(ptr align 8 %0, i8 0, i32 104, i1 false)
  %8 = load i32, ptr %4, align 4
  %9 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 0
  store i32 %8, ptr %9, align 8
  store i32 0, ptr %6, align 4
  br label %10

10:                                               ; preds = %30, %3
  %11 = load ptr, ptr %5, align 4
  %12 = load i32, ptr %6, align 4
  %13 = getelementptr inbounds i8, ptr %11, i32 %12
  %14 = load i8, ptr %13, align 1
  %15 = sext i8 %14 to i32
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %17, label %20

17:                                               ; preds = %10
  %18 = load i32, ptr %6, align 4
  %19 = icmp slt i32 %18, 19
  br label %20

20:                                               ; preds = %17, %10
  %21 = phi i1 [ false, %10 ], [ %19, %17 ]
  br i1 %21, label %22, label %33

22:                                               ; preds = %20
  %23 = load ptr, ptr %5, align 4
  %24 = load i32, ptr %6, align 4
  %25 = getelementptr inbounds i8, ptr %23, i32 %24
  %26 = load i8, ptr %25, align 1
  %27 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 1
  %28 = load i32, ptr %6, align 4
  %29 = getelementptr inbounds [20 x i8], ptr %27, i32 0, i32 %28
  store i8 %26, ptr %29, align 1
  br label %30

30:                                               ; preds = %22
  %31 = load i32, ptr %6, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %6, align 4
  br label %10, !llvm.loop !6

33:                                               ; preds = %20
  store i32 0, ptr %7, align 4
  br label %34

34:                                               ; preds = %48, %33
  %35 = load i32, ptr %7, align 4
  %36 = icmp slt i32 %35, 5
  br i1 %36, label %37, label %51

37:                                               ; preds = %34
  %38 = load i32, ptr %4, align 4
  %39 = sext i32 %38 to i64
  %40 = mul nsw i64 %39, 1000000007
  %41 = load i32, ptr %7, align 4
  %42 = add nsw i32 %41, 1
  %43 = sext i32 %42 to i64
  %44 = mul nsw i64 %40, %43
  %45 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 2
  %46 = load i32, ptr %7, align 4
  %47 = getelementptr inbounds [5 x i64], ptr %45, i32 0, i32 %46
  store i64 %44, ptr %47, align 8
  br label %48

48:                                               ; preds = %37
  %49 = load i32, ptr %7, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %7, align 4
  br label %34, !llvm.loop !7

51:                                               ; preds = %34
  %52 = load i32, ptr %4, align 4
  %53 = sitofp i32 %52 to double
  %54 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 3
  %55 = getelementptr inbounds nuw %struct.Vec4, ptr %54, i32 0, i32 0
  %56 = getelementptr inbounds [4 x double], ptr %55, i32 0, i32 0
  store double %53, ptr %56, align 8
  %57 = load i32, ptr %4, align 4
  %58 = sub nsw i32 0, %57
  %59 = sitofp i32 %58 to double
  %60 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 3
  %61 = getelementptr inbounds nuw %struct.Vec4, ptr %60, i32 0, i32 0
  %62 = getelementptr inbounds [4 x double], ptr %61, i32 0, i32 3
  store double %59, ptr %62, align 8
  %63 = load i32, ptr %4, align 4
  %64 = mul nsw i32 %63, 3
  %65 = trunc i32 %64 to i16
  %66 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 4
  store i16 %65, ptr %66, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone
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

12:                                               ; preds = %22, %1
  %13 = load i32, ptr %3, align 4
  %14 = icmp slt i32 %13, 5
  br i1 %14, label %15, label %25

15:                                               ; preds = %12
  %16 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 2
  %17 = load i32, ptr %3, align 4
  %18 = getelementptr inbounds [5 x i64], ptr %16, i32 0, i32 %17
  %19 = load i64, ptr %18, align 8
  %20 = load i64, ptr %2, align 8
  %21 = add nsw i64 %20, %19
  store i64 %21, ptr %2, align 8
  br label %22

22:                                               ; preds = %15
  %23 = load i32, ptr %3, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %3, align 4
  br label %12, !llvm.loop !8

25:                                               ; preds = %12
  store i32 0, ptr %4, align 4
  br label %26

26:                                               ; preds = %38, %25
  %27 = load i32, ptr %4, align 4
  %28 = icmp slt i32 %27, 4
  br i1 %28, label %29, label %41

29:                                               ; preds = %26
  %30 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 3
  %31 = getelementptr inbounds nuw %struct.Vec4, ptr %30, i32 0, i32 0
  %32 = load i32, ptr %4, align 4
  %33 = getelementptr inbounds [4 x double], ptr %31, i32 0, i32 %32
  %34 = load double, ptr %33, align 8
  %35 = fptosi double %34 to i64
  %36 = load i64, ptr %2, align 8
  %37 = add nsw i64 %36, %35
  store i64 %37, ptr %2, align 8
  br label %38

38:                                               ; preds = %29
  %39 = load i32, ptr %4, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %4, align 4
  br label %26, !llvm.loop !9

41:                                               ; preds = %26
  %42 = load i64, ptr %2, align 8
  %43 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 1
  %44 = getelementptr inbounds [20 x i8], ptr %43, i32 0, i32 0
  %45 = call i32 @strlen(ptr noundef %44) #6
  %46 = zext i32 %45 to i64
  %47 = add nsw i64 %42, %46
  ret i64 %47
}

; Function Attrs: noinline nounwind optnone
define internal void @big_bump(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load ptr, ptr %2, align 4
  %4 = getelementptr inbounds nuw %struct.Big, ptr %3, i32 0, i32 0
  %5 = load i32, ptr %4, align 8
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr %4, align 8
  %7 = load ptr, ptr %2, align 4
  %8 = getelementptr inbounds nuw %struct.Big, ptr %7, i32 0, i32 2
  %9 = getelementptr inbounds [5 x i64], ptr %8, i32 0, i32 4
  %10 = load i64, ptr %9, align 8
  %11 = sub nsw i64 %10, 1
  store i64 %11, ptr %9, align 8
  %12 = load ptr, ptr %2, align 4
  %13 = getelementptr inbounds nuw %struct.Big, ptr %12, i32 0, i32 3
  %14 = getelementptr inbounds nuw %struct.Vec4, ptr %13, i32 0, i32 0
  %15 = getelementptr inbounds [4 x double], ptr %14, i32 0, i32 1
  %16 = load double, ptr %15, align 8
  %17 = fadd double %16, 5.000000e-01
  store double %17, ptr %15, align 8
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #3

; Function Attrs: noinline nounwind optnone
define internal void @mat_mul(ptr dead_on_unwind noalias writable sret(%struct.Mat3) align 4 %0, ptr noundef byval(%struct.Mat3) align 4 %1, ptr noundef byval(%struct.Mat3) align 4 %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %4, align 4
  br label %8

8:                                                ; preds = %48, %3
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 3
  br i1 %10, label %11, label %51

11:                                               ; preds = %8
  store i32 0, ptr %5, align 4
  br label %12

12:                                               ; preds = %44, %11
  %13 = load i32, ptr %5, align 4
  %14 = icmp slt i32 %13, 3
  br i1 %14, label %15, label %47

15:                                               ; preds = %12
  store float 0.000000e+00, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %16

16:                                               ; preds = %34, %15
  %17 = load i32, ptr %7, align 4
  %18 = icmp slt i32 %17, 3
  br i1 %18, label %19, label %37

19:                                               ; preds = %16
  %20 = getelementptr inbounds nuw %struct.Mat3, ptr %1, i32 0, i32 0
  %21 = load i32, ptr %4, align 4
  %22 = getelementptr inbounds [3 x [3 x float]], ptr %20, i32 0, i32 %21
  %23 = load i32, ptr %7, align 4
  %24 = getelementptr inbounds [3 x float], ptr %22, i32 0, i32 %23
  %25 = load float, ptr %24, align 4
  %26 = getelementptr inbounds nuw %struct.Mat3, ptr %2, i32 0, i32 0
  %27 = load i32, ptr %7, align 4
  %28 = getelementptr inbounds [3 x [3 x float]], ptr %26, i32 0, i32 %27
  %29 = load i32, ptr %5, align 4
  %30 = getelementptr inbounds [3 x float], ptr %28, i32 0, i32 %29
  %31 = load float, ptr %30, align 4
  %32 = load float, ptr %6, align 4
  %33 = call float @llvm.fmuladd.f32(float %25, float %31, float %32)
  store float %33, ptr %6, align 4
  br label %34

34:                                               ; preds = %19
  %35 = load i32, ptr %7, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %7, align 4
  br label %16, !llvm.loop !10

37:                                               ; preds = %16
  %38 = load float, ptr %6, align 4
  %39 = getelementptr inbounds nuw %struct.Mat3, ptr %0, i32 0, i32 0
  %40 = load i32, ptr %4, align 4
  %41 = getelementptr inbounds [3 x [3 x float]], ptr %39, i32 0, i32 %40
  %42 = load i32, ptr %5, align 4
  %43 = getelementptr inbounds [3 x float], ptr %41, i32 0, i32 %42
  store float %38, ptr %43, align 4
  br label %44

44:                                               ; preds = %37
  %45 = load i32, ptr %5, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %5, align 4
  br label %12, !llvm.loop !11

47:                                               ; preds = %12
  br label %48

48:                                               ; preds = %47
  %49 = load i32, ptr %4, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %4, align 4
  br label %8, !llvm.loop !12

51:                                               ; preds = %8
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @tree_sum(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load ptr, ptr %2, align 4
  %4 = icmp ne ptr %3, null
  br i1 %4, label %5, label %19

5:                                                ; preds = %1
  %6 = load ptr, ptr %2, align 4
  %7 = getelementptr inbounds nuw %struct.Node, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %7, align 4
  %9 = load ptr, ptr %2, align 4
  %10 = getelementptr inbounds nuw %struct.Node, ptr %9, i32 0, i32 1
  %11 = load ptr, ptr %10, align 4
  %12 = call i32 @tree_sum(ptr noundef %11)
  %13 = add nsw i32 %8, %12
  %14 = load ptr, ptr %2, align 4
  %15 = getelementptr inbounds nuw %struct.Node, ptr %14, i32 0, i32 2
  %16 = load ptr, ptr %15, align 4
  %17 = call i32 @tree_sum(ptr noundef %16)
  %18 = add nsw i32 %13, %17
  br label %20

19:                                               ; preds = %1
  br label %20

20:                                               ; preds = %19, %5
  %21 = phi i32 [ %18, %5 ], [ 0, %19 ]
  ret i32 %21
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: nounwind
declare i32 @strlen(ptr noundef) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #5

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

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
!12 = distinct !{!12, !3}
