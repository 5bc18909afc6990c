; ModuleID = 'struct_big.c'
source_filename = "struct_big.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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
  %7 = alloca %struct.Big, align 8
  %8 = alloca [3 x %struct.Big], align 8
  %9 = alloca i32, align 4
  %10 = alloca %struct.Big, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca %struct.Big, align 8
  %14 = alloca %struct.Mat3, align 4
  %15 = alloca %struct.Mat3, align 4
  %16 = alloca %struct.Mat3, align 4
  %17 = alloca %struct.Mat3, align 4
  %18 = alloca %struct.Node, align 8
  %19 = alloca %struct.Node, align 8
  %20 = alloca %struct.Node, align 8
  %21 = alloca %struct.Node, align 8
  %22 = alloca %struct.Node, align 8
  %23 = alloca ptr, align 8
  %24 = alloca %struct.Big, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 @__const.main.a, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 @__const.main.b, i64 32, i1 false)
  %25 = getelementptr inbounds nuw %struct.Vec4, ptr %2, i32 0, i32 0
  %26 = load [4 x double], ptr %25, align 8
  %27 = getelementptr inbounds nuw %struct.Vec4, ptr %3, i32 0, i32 0
  %28 = load [4 x double], ptr %27, align 8
  %29 = call %struct.Vec4 @v4_add([4 x double] alignstack(8) %26, [4 x double] alignstack(8) %28)
  %30 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  %31 = extractvalue %struct.Vec4 %29, 0
  store [4 x double] %31, ptr %30, align 8
  %32 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  %33 = getelementptr inbounds [4 x double], ptr %32, i64 0, i64 0
  %34 = load double, ptr %33, align 8
  %35 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  %36 = getelementptr inbounds [4 x double], ptr %35, i64 0, i64 1
  %37 = load double, ptr %36, align 8
  %38 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  %39 = getelementptr inbounds [4 x double], ptr %38, i64 0, i64 2
  %40 = load double, ptr %39, align 8
  %41 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  %42 = getelementptr inbounds [4 x double], ptr %41, i64 0, i64 3
  %43 = load double, ptr %42, align 8
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %34, double noundef %37, double noundef %40, double noundef %43)
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %5, i32 noundef 42, ptr noundef @.str.1)
  %45 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 0
  %46 = load i32, ptr %45, align 8
  %47 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 1
  %48 = getelementptr inbounds [20 x i8], ptr %47, i64 0, i64 0
  %49 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 2
  %50 = getelementptr inbounds [5 x i64], ptr %49, i64 0, i64 4
  %51 = load i64, ptr %50, align 8
  %52 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 4
  %53 = load i16, ptr %52, align 8
  %54 = sext i16 %53 to i32
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 %5, i64 104, i1 false)
  %55 = call i64 @big_sum(ptr noundef %6)
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %46, ptr noundef %48, i64 noundef %51, i32 noundef %54, i64 noundef %55)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %5, i64 104, i1 false)
  call void @big_bump(ptr noundef %7)
  %57 = getelementptr inbounds nuw %struct.Big, ptr %7, i32 0, i32 0
  %58 = load i32, ptr %57, align 8
  %59 = getelementptr inbounds nuw %struct.Big, ptr %7, i32 0, i32 2
  %60 = getelementptr inbounds [5 x i64], ptr %59, i64 0, i64 4
  %61 = load i64, ptr %60, align 8
  %62 = getelementptr inbounds nuw %struct.Big, ptr %7, i32 0, i32 3
  %63 = getelementptr inbounds nuw %struct.Vec4, ptr %62, i32 0, i32 0
  %64 = getelementptr inbounds [4 x double], ptr %63, i64 0, i64 1
  %65 = load double, ptr %64, align 8
  %66 = getelementptr inbounds nuw %struct.Big, ptr %5, i32 0, i32 0
  %67 = load i32, ptr %66, align 8
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %58, i64 noundef %61, double noundef %65, i32 noundef %67)
  store i32 0, ptr %9, align 4
  br label %69

69:                                               ; preds = %82, %0
  %70 = load i32, ptr %9, align 4
  %71 = icmp slt i32 %70, 3
  br i1 %71, label %72, label %85

72:                                               ; preds = %69
  %73 = load i32, ptr %9, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [3 x %struct.Big], ptr %8, i64 0, i64 %74
  %76 = load i32, ptr %9, align 4
  %77 = add nsw i32 %76, 1
  %78 = load i32, ptr %9, align 4
  %79 = icmp eq i32 %78, 1
  %80 = zext i1 %79 to i64
  %81 = select i1 %79, ptr @.str.4, ptr @.str.5
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %10, i32 noundef %77, ptr noundef %81)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %75, ptr align 8 %10, i64 104, i1 false)
  br label %82

82:                                               ; preds = %72
  %83 = load i32, ptr %9, align 4
  %84 = add nsw i32 %83, 1
  store i32 %84, ptr %9, align 4
  br label %69, !llvm.loop !6

85:                                               ; preds = %69
  store i64 0, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %86

86:                                               ; preds = %96, %85
  %87 = load i32, ptr %12, align 4
  %88 = icmp slt i32 %87, 3
  br i1 %88, label %89, label %99

89:                                               ; preds = %86
  %90 = load i32, ptr %12, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [3 x %struct.Big], ptr %8, i64 0, i64 %91
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %13, ptr align 8 %92, i64 104, i1 false)
  %93 = call i64 @big_sum(ptr noundef %13)
  %94 = load i64, ptr %11, align 8
  %95 = add nsw i64 %94, %93
  store i64 %95, ptr %11, align 8
  br label %96

96:                                               ; preds = %89
  %97 = load i32, ptr %12, align 4
  %98 = add nsw i32 %97, 1
  store i32 %98, ptr %12, align 4
  br label %86, !llvm.loop !8

99:                                               ; preds = %86
  %100 = load i64, ptr %11, align 8
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %100)
  call void @llvm.memset.p0.i64(ptr align 4 %14, i8 0, i64 36, i1 false)
  %102 = getelementptr inbounds %struct.Mat3, ptr %14, i32 0, i32 0
  %103 = getelementptr inbounds [3 x [3 x float]], ptr %102, i32 0, i32 0
  %104 = getelementptr inbounds [3 x float], ptr %103, i32 0, i32 0
  store float 1.000000e+00, ptr %104, align 4
  %105 = getelementptr inbounds [3 x float], ptr %103, i32 0, i32 1
  store float 2.000000e+00, ptr %105, align 4
  %106 = getelementptr inbounds [3 x [3 x float]], ptr %102, i32 0, i32 1
  %107 = getelementptr inbounds [3 x float], ptr %106, i32 0, i32 1
  store float 1.000000e+00, ptr %107, align 4
  %108 = getelementptr inbounds [3 x [3 x float]], ptr %102, i32 0, i32 2
  %109 = getelementptr inbounds [3 x float], ptr %108, i32 0, i32 2
  store float 2.000000e+00, ptr %109, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %16, ptr align 4 %14, i64 36, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %17, ptr align 4 %14, i64 36, i1 false)
  call void @mat_mul(ptr dead_on_unwind writable sret(%struct.Mat3) align 4 %15, ptr noundef %16, ptr noundef %17)
  %110 = getelementptr inbounds nuw %struct.Mat3, ptr %15, i32 0, i32 0
  %111 = getelementptr inbounds [3 x [3 x float]], ptr %110, i64 0, i64 0
  %112 = getelementptr inbounds [3 x float], ptr %111, i64 0, i64 0
  %113 = load float, ptr %112, align 4
  %114 = fpext float %113 to double
  %115 = getelementptr inbounds nuw %struct.Mat3, ptr %15, i32 0, i32 0
  %116 = getelementptr inbounds [3 x [3 x float]], ptr %115, i64 0, i64 0
  %117 = getelementptr inbounds [3 x float], ptr %116, i64 0, i64 1
  %118 = load float, ptr %117, align 4
  %119 = fpext float %118 to double
  %120 = getelementptr inbounds nuw %struct.Mat3, ptr %15, i32 0, i32 0
  %121 = getelementptr inbounds [3 x [3 x float]], ptr %120, i64 0, i64 1
  %122 = getelementptr inbounds [3 x float], ptr %121, i64 0, i64 1
  %123 = load float, ptr %122, align 4
  %124 = fpext float %123 to double
  %125 = getelementptr inbounds nuw %struct.Mat3, ptr %15, i32 0, i32 0
  %126 = getelementptr inbounds [3 x [3 x float]], ptr %125, i64 0, i64 2
  %127 = getelementptr inbounds [3 x float], ptr %126, i64 0, i64 2
  %128 = load float, ptr %127, align 4
  %129 = fpext float %128 to double
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %114, double noundef %119, double noundef %124, double noundef %129)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %18, ptr align 8 @__const.main.n4, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %19, ptr align 8 @__const.main.n5, i64 24, i1 false)
  %131 = getelementptr inbounds nuw %struct.Node, ptr %20, i32 0, i32 0
  store i32 2, ptr %131, align 8
  %132 = getelementptr i8, ptr %20, i64 4
  call void @llvm.memset.p0.i64(ptr align 4 %132, i8 0, i64 4, i1 false)
  %133 = getelementptr inbounds nuw %struct.Node, ptr %20, i32 0, i32 1
  store ptr %18, ptr %133, align 8
  %134 = getelementptr inbounds nuw %struct.Node, ptr %20, i32 0, i32 2
  store ptr %19, ptr %134, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %21, ptr align 8 @__const.main.n3, i64 24, i1 false)
  %135 = getelementptr inbounds nuw %struct.Node, ptr %22, i32 0, i32 0
  store i32 1, ptr %135, align 8
  %136 = getelementptr i8, ptr %22, i64 4
  call void @llvm.memset.p0.i64(ptr align 4 %136, i8 0, i64 4, i1 false)
  %137 = getelementptr inbounds nuw %struct.Node, ptr %22, i32 0, i32 1
  store ptr %20, ptr %137, align 8
  %138 = getelementptr inbounds nuw %struct.Node, ptr %22, i32 0, i32 2
  store ptr %21, ptr %138, align 8
  %139 = call i32 @tree_sum(ptr noundef %22)
  %140 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %139)
  %141 = getelementptr inbounds [3 x %struct.Big], ptr %8, i64 0, i64 1
  store ptr %141, ptr %23, align 8
  %142 = load ptr, ptr %23, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %24, i8 0, i64 104, i1 false)
  %143 = getelementptr inbounds nuw %struct.Big, ptr %24, i32 0, i32 0
  store i32 9, ptr %143, align 8
  %144 = getelementptr inbounds nuw %struct.Big, ptr %24, i32 0, i32 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %144, ptr align 1 @.str.9, i64 20, i1 false)
  %145 = getelementptr inbounds nuw %struct.Big, ptr %24, i32 0, i32 2
  %146 = getelementptr inbounds nuw %struct.Big, ptr %24, i32 0, i32 3
  %147 = getelementptr inbounds nuw %struct.Big, ptr %24, i32 0, i32 4
  store i16 -1, ptr %147, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %142, ptr align 8 %24, i64 104, i1 false)
  %148 = getelementptr inbounds [3 x %struct.Big], ptr %8, i64 0, i64 1
  %149 = getelementptr inbounds nuw %struct.Big, ptr %148, i32 0, i32 0
  %150 = load i32, ptr %149, align 8
  %151 = getelementptr inbounds [3 x %struct.Big], ptr %8, i64 0, i64 1
  %152 = getelementptr inbounds nuw %struct.Big, ptr %151, i32 0, i32 1
  %153 = getelementptr inbounds [20 x i8], ptr %152, i64 0, i64 0
  %154 = getelementptr inbounds [3 x %struct.Big], ptr %8, i64 0, i64 1
  %155 = getelementptr inbounds nuw %struct.Big, ptr %154, i32 0, i32 2
  %156 = getelementptr inbounds [5 x i64], ptr %155, i64 0, i64 0
  %157 = load i64, ptr %156, align 8
  %158 = getelementptr inbounds [3 x %struct.Big], ptr %8, i64 0, i64 1
  %159 = getelementptr inbounds nuw %struct.Big, ptr %158, i32 0, i32 4
  %160 = load i16, ptr %159, align 8
  %161 = sext i16 %160 to i32
  %162 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %150, ptr noundef %153, i64 noundef %157, i32 noundef %161)
  %163 = load i64, ptr %11, align 8
  %164 = srem i64 %163, 100
  %165 = trunc i64 %164 to i32
  ret i32 %165
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal %struct.Vec4 @v4_add([4 x double] alignstack(8) %0, [4 x double] alignstack(8) %1) #0 {
  %3 = alloca %struct.Vec4, align 8
  %4 = alloca %struct.Vec4, align 8
  %5 = alloca %struct.Vec4, align 8
  %6 = alloca i32, align 4
  %7 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  store [4 x double] %0, ptr %7, align 8
  %8 = getelementptr inbounds nuw %struct.Vec4, ptr %5, i32 0, i32 0
  store [4 x double] %1, ptr %8, align 8
  store i32 0, ptr %6, align 4
  br label %9

9:                                                ; preds = %28, %2
  %10 = load i32, ptr %6, align 4
  %11 = icmp slt i32 %10, 4
  br i1 %11, label %12, label %31

12:                                               ; preds = %9
  %13 = getelementptr inbounds nuw %struct.Vec4, ptr %4, i32 0, i32 0
  %14 = load i32, ptr %6, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [4 x double], ptr %13, i64 0, i64 %15
  %17 = load double, ptr %16, align 8
  %18 = getelementptr inbounds nuw %struct.Vec4, ptr %5, i32 0, i32 0
  %19 = load i32, ptr %6, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [4 x double], ptr %18, i64 0, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = fadd double %17, %22
  %24 = getelementptr inbounds nuw %struct.Vec4, ptr %3, i32 0, i32 0
  %25 = load i32, ptr %6, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [4 x double], ptr %24, i64 0, i64 %26
  store double %23, ptr %27, align 8
  br label %28

28:                                               ; preds = %12
  %29 = load i32, ptr %6, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %6, align 4
  br label %9, !llvm.loop !9

31:                                               ; preds = %9
  %32 = load %struct.Vec4, ptr %3, align 8
  ret %struct.Vec4 %32
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
  %16 = zext i8 %15 to i32
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
define internal i64 @big_sum(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  %6 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 0
  %7 = load i32, ptr %6, align 8
  %8 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 4
  %9 = load i16, ptr %8, align 8
  %10 = sext i16 %9 to i32
  %11 = add nsw i32 %7, %10
  %12 = sext i32 %11 to i64
  store i64 %12, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %13

13:                                               ; preds = %24, %1
  %14 = load i32, ptr %4, align 4
  %15 = icmp slt i32 %14, 5
  br i1 %15, label %16, label %27

16:                                               ; preds = %13
  %17 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 2
  %18 = load i32, ptr %4, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [5 x i64], ptr %17, i64 0, i64 %19
  %21 = load i64, ptr %20, align 8
  %22 = load i64, ptr %3, align 8
  %23 = add nsw i64 %22, %21
  store i64 %23, ptr %3, align 8
  br label %24

24:                                               ; preds = %16
  %25 = load i32, ptr %4, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %4, align 4
  br label %13, !llvm.loop !12

27:                                               ; preds = %13
  store i32 0, ptr %5, align 4
  br label %28

28:                                               ; preds = %41, %27
  %29 = load i32, ptr %5, align 4
  %30 = icmp slt i32 %29, 4
  br i1 %30, label %31, label %44

31:                                               ; preds = %28
  %32 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 3
  %33 = getelementptr inbounds nuw %struct.Vec4, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %5, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [4 x double], ptr %33, i64 0, i64 %35
  %37 = load double, ptr %36, align 8
  %38 = fptosi double %37 to i64
  %39 = load i64, ptr %3, align 8
  %40 = add nsw i64 %39, %38
  store i64 %40, ptr %3, align 8
  br label %41

41:                                               ; preds = %31
  %42 = load i32, ptr %5, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %5, align 4
  br label %28, !llvm.loop !13

44:                                               ; preds = %28
  %45 = load i64, ptr %3, align 8
  %46 = getelementptr inbounds nuw %struct.Big, ptr %0, i32 0, i32 1
  %47 = getelementptr inbounds [20 x i8], ptr %46, i64 0, i64 0
  %48 = call i64 @strlen(ptr noundef %47) #6
  %49 = add nsw i64 %45, %48
  ret i64 %49
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
define internal void @mat_mul(ptr dead_on_unwind noalias writable sret(%struct.Mat3) align 4 %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  %9 = alloca i32, align 4
  store ptr %1, ptr %4, align 8
  store ptr %2, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %10

10:                                               ; preds = %56, %3
  %11 = load i32, ptr %6, align 4
  %12 = icmp slt i32 %11, 3
  br i1 %12, label %13, label %59

13:                                               ; preds = %10
  store i32 0, ptr %7, align 4
  br label %14

14:                                               ; preds = %52, %13
  %15 = load i32, ptr %7, align 4
  %16 = icmp slt i32 %15, 3
  br i1 %16, label %17, label %55

17:                                               ; preds = %14
  store float 0.000000e+00, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %18

18:                                               ; preds = %40, %17
  %19 = load i32, ptr %9, align 4
  %20 = icmp slt i32 %19, 3
  br i1 %20, label %21, label %43

21:                                               ; preds = %18
  %22 = getelementptr inbounds nuw %struct.Mat3, ptr %1, i32 0, i32 0
  %23 = load i32, ptr %6, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [3 x [3 x float]], ptr %22, i64 0, i64 %24
  %26 = load i32, ptr %9, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [3 x float], ptr %25, i64 0, i64 %27
  %29 = load float, ptr %28, align 4
  %30 = getelementptr inbounds nuw %struct.Mat3, ptr %2, i32 0, i32 0
  %31 = load i32, ptr %9, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [3 x [3 x float]], ptr %30, i64 0, i64 %32
  %34 = load i32, ptr %7, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [3 x float], ptr %33, i64 0, i64 %35
  %37 = load float, ptr %36, align 4
  %38 = load float, ptr %8, align 4
  %39 = call float @llvm.fmuladd.f32(float %29, float %37, float %38)
  store float %39, ptr %8, align 4
  br label %40

40:                                               ; preds = %21
  %41 = load i32, ptr %9, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %9, align 4
  br label %18, !llvm.loop !14

43:                                               ; preds = %18
  %44 = load float, ptr %8, align 4
  %45 = getelementptr inbounds nuw %struct.Mat3, ptr %0, i32 0, i32 0
  %46 = load i32, ptr %6, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [3 x [3 x float]], ptr %45, i64 0, i64 %47
  %49 = load i32, ptr %7, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [3 x float], ptr %48, i64 0, i64 %50
  store float %44, ptr %51, align 4
  br label %52

52:                                               ; preds = %43
  %53 = load i32, ptr %7, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %7, align 4
  br label %14, !llvm.loop !15

55:                                               ; preds = %14
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %6, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %6, align 4
  br label %10, !llvm.loop !16

59:                                               ; preds = %10
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

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind willreturn memory(read) }

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
!16 = distinct !{!16, !7}
