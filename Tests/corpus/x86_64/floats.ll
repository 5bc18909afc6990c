; ModuleID = 'floats.c'
source_filename = "floats.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [21 x i8] c"dops %.6f %.6f %.6f\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"fops %.6f %.6f\0A\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"neg %.3f %.3f %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [26 x i8] c"fmod %.6f %.6f %.6f %.6f\0A\00", align 1
@.str.4 = private unnamed_addr constant [21 x i8] c"frem %.6f %.6f %.6f\0A\00", align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"sqrt %.10f %.10f\0A\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"inf %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [20 x i8] c"cls %d %d %d %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [15 x i8] c"fcls %d %d %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [26 x i8] c"fpext %.12f fptrunc %.9f\0A\00", align 1
@.str.10 = private unnamed_addr constant [13 x i8] c"basel %.12f\0A\00", align 1
@.str.11 = private unnamed_addr constant [11 x i8] c"facc %.4f\0A\00", align 1
@.str.12 = private unnamed_addr constant [15 x i8] c"fma %.1f %.1f\0A\00", align 1
@.str.13 = private unnamed_addr constant [16 x i8] c"denorm %d %.3e\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca float, align 4
  %6 = alloca double, align 8
  %7 = alloca float, align 4
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  %10 = alloca float, align 4
  %11 = alloca i32, align 4
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store double 0.000000e+00, ptr %2, align 8
  %14 = load double, ptr %2, align 8
  %15 = fdiv double 1.000000e+00, %14
  store double %15, ptr %3, align 8
  %16 = load double, ptr %2, align 8
  %17 = load double, ptr %2, align 8
  %18 = fdiv double %16, %17
  store double %18, ptr %4, align 8
  %19 = call double @dops(double noundef 3.500000e+00, double noundef 1.250000e+00)
  %20 = call double @dops(double noundef -2.000000e+00, double noundef 0.000000e+00)
  %21 = call double @dops(double noundef 1.000000e+10, double noundef 3.000000e+00)
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %19, double noundef %20, double noundef %21)
  %23 = call float @fops(float noundef 1.500000e+00, float noundef 2.000000e+00)
  %24 = fpext float %23 to double
  %25 = call float @fops(float noundef -3.250000e+00, float noundef 7.500000e-01)
  %26 = fpext float %25 to double
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %24, double noundef %26)
  %28 = call double @dneg(double noundef 2.500000e+00)
  %29 = call float @fneg(float noundef -1.250000e-01)
  %30 = fpext float %29 to double
  %31 = call double @dneg(double noundef 0.000000e+00)
  %32 = fcmp oeq double %31, 0.000000e+00
  %33 = zext i1 %32 to i32
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %28, double noundef %30, i32 noundef %33)
  %35 = call double @fmod(double noundef 1.050000e+01, double noundef 3.000000e+00) #4
  %36 = call double @fmod(double noundef -1.050000e+01, double noundef 3.000000e+00) #4
  %37 = call double @fmod(double noundef 7.000000e+00, double noundef -2.500000e+00) #4
  %38 = call float @fmodf(float noundef 5.500000e+00, float noundef 2.000000e+00) #4
  %39 = fpext float %38 to double
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %35, double noundef %36, double noundef %37, double noundef %39)
  %41 = call double @drem_(double noundef 1.002500e+02, double noundef 7.000000e+00)
  %42 = call double @drem_(double noundef -5.500000e+00, double noundef 2.000000e+00)
  %43 = call float @frem_(float noundef 9.750000e+00, float noundef -4.000000e+00)
  %44 = fpext float %43 to double
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %41, double noundef %42, double noundef %44)
  %46 = call double @sqrt(double noundef 2.000000e+00) #4
  %47 = call double @sqrt(double noundef 0x3EB0C6F7A0B5ED8D) #4
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %46, double noundef %47)
  %49 = load double, ptr %3, align 8
  %50 = fcmp ogt double %49, 1.000000e+308
  %51 = zext i1 %50 to i32
  %52 = load double, ptr %3, align 8
  %53 = fneg double %52
  %54 = fcmp olt double %53, -1.000000e+308
  %55 = zext i1 %54 to i32
  %56 = load double, ptr %3, align 8
  %57 = load double, ptr %3, align 8
  %58 = fcmp oeq double %56, %57
  %59 = zext i1 %58 to i32
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %51, i32 noundef %55, i32 noundef %59)
  %61 = call i32 @classify(double noundef 1.000000e+00, double noundef 2.000000e+00)
  %62 = call i32 @classify(double noundef 2.000000e+00, double noundef 2.000000e+00)
  %63 = load double, ptr %4, align 8
  %64 = call i32 @classify(double noundef %63, double noundef 1.000000e+00)
  %65 = load double, ptr %4, align 8
  %66 = call i32 @classify(double noundef 1.000000e+00, double noundef %65)
  %67 = load double, ptr %3, align 8
  %68 = load double, ptr %3, align 8
  %69 = fneg double %68
  %70 = call i32 @classify(double noundef %67, double noundef %69)
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %61, i32 noundef %62, i32 noundef %64, i32 noundef %66, i32 noundef %70)
  %72 = call i32 @fclassify(float noundef 1.000000e+00, float noundef 2.000000e+00)
  %73 = call i32 @fclassify(float noundef 2.000000e+00, float noundef 2.000000e+00)
  %74 = load double, ptr %4, align 8
  %75 = fptrunc double %74 to float
  %76 = call i32 @fclassify(float noundef %75, float noundef 0.000000e+00)
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %72, i32 noundef %73, i32 noundef %76)
  store float 0x3FB99999A0000000, ptr %5, align 4
  %78 = load float, ptr %5, align 4
  %79 = fpext float %78 to double
  store double %79, ptr %6, align 8
  %80 = load double, ptr %6, align 8
  %81 = fmul double %80, 3.000000e+00
  %82 = fptrunc double %81 to float
  store float %82, ptr %7, align 4
  %83 = load double, ptr %6, align 8
  %84 = load float, ptr %7, align 4
  %85 = fpext float %84 to double
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %83, double noundef %85)
  store double 0.000000e+00, ptr %8, align 8
  store i32 1, ptr %9, align 4
  br label %87

87:                                               ; preds = %99, %0
  %88 = load i32, ptr %9, align 4
  %89 = icmp sle i32 %88, 1000
  br i1 %89, label %90, label %102

90:                                               ; preds = %87
  %91 = load i32, ptr %9, align 4
  %92 = sitofp i32 %91 to double
  %93 = load i32, ptr %9, align 4
  %94 = sitofp i32 %93 to double
  %95 = fmul double %92, %94
  %96 = fdiv double 1.000000e+00, %95
  %97 = load double, ptr %8, align 8
  %98 = fadd double %97, %96
  store double %98, ptr %8, align 8
  br label %99

99:                                               ; preds = %90
  %100 = load i32, ptr %9, align 4
  %101 = add nsw i32 %100, 1
  store i32 %101, ptr %9, align 4
  br label %87, !llvm.loop !6

102:                                              ; preds = %87
  %103 = load double, ptr %8, align 8
  %104 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %103)
  store float 0.000000e+00, ptr %10, align 4
  store i32 0, ptr %11, align 4
  br label %105

105:                                              ; preds = %114, %102
  %106 = load i32, ptr %11, align 4
  %107 = icmp slt i32 %106, 100
  br i1 %107, label %108, label %117

108:                                              ; preds = %105
  %109 = load float, ptr %10, align 4
  %110 = fmul float %109, 5.000000e-01
  %111 = load i32, ptr %11, align 4
  %112 = sitofp i32 %111 to float
  %113 = fadd float %110, %112
  store float %113, ptr %10, align 4
  br label %114

114:                                              ; preds = %108
  %115 = load i32, ptr %11, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %11, align 4
  br label %105, !llvm.loop !8

117:                                              ; preds = %105
  %118 = load float, ptr %10, align 4
  %119 = fpext float %118 to double
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, double noundef %119)
  %121 = call double @fma_exact(double noundef 3.000000e+00, double noundef 4.000000e+00, double noundef 5.000000e+00)
  %122 = call double @fma_exact(double noundef -1.500000e+00, double noundef 2.000000e+00, double noundef 2.500000e-01)
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, double noundef %121, double noundef %122)
  store double 1.000000e-310, ptr %12, align 8
  %124 = load double, ptr %12, align 8
  %125 = fcmp ogt double %124, 0.000000e+00
  %126 = zext i1 %125 to i32
  %127 = load double, ptr %12, align 8
  %128 = fmul double %127, 1.000000e+10
  %129 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %126, double noundef %128)
  %130 = call double @fmod(double noundef 1.050000e+01, double noundef 3.000000e+00) #4
  %131 = fcmp oeq double %130, 1.500000e+00
  br i1 %131, label %132, label %135

132:                                              ; preds = %117
  %133 = call double @sqrt(double noundef 1.600000e+01) #4
  %134 = fcmp oeq double %133, 4.000000e+00
  br label %135

135:                                              ; preds = %132, %117
  %136 = phi i1 [ false, %117 ], [ %134, %132 ]
  %137 = zext i1 %136 to i32
  store i32 %137, ptr %13, align 4
  %138 = load i32, ptr %13, align 4
  %139 = icmp ne i32 %138, 0
  %140 = zext i1 %139 to i64
  %141 = select i1 %139, i32 0, i32 1
  ret i32 %141
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal double @dops(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = fadd double %5, %6
  %8 = load double, ptr %3, align 8
  %9 = load double, ptr %4, align 8
  %10 = fsub double %8, %9
  %11 = fmul double %7, %10
  %12 = load double, ptr %4, align 8
  %13 = fcmp oeq double %12, 0.000000e+00
  br i1 %13, label %14, label %15

14:                                               ; preds = %2
  br label %17

15:                                               ; preds = %2
  %16 = load double, ptr %4, align 8
  br label %17

17:                                               ; preds = %15, %14
  %18 = phi double [ 1.000000e+00, %14 ], [ %16, %15 ]
  %19 = fdiv double %11, %18
  ret double %19
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @fops(float noundef %0, float noundef %1) #0 {
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  store float %0, ptr %3, align 4
  store float %1, ptr %4, align 4
  %5 = load float, ptr %3, align 4
  %6 = load float, ptr %4, align 4
  %7 = fmul float %5, %6
  %8 = load float, ptr %3, align 4
  %9 = fsub float %7, %8
  %10 = load float, ptr %4, align 4
  %11 = fadd float %10, 5.000000e-01
  %12 = fdiv float %9, %11
  ret float %12
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @dneg(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fneg double %3
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @fneg(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fneg float %3
  ret float %4
}

; Function Attrs: nounwind
declare double @fmod(double noundef, double noundef) #2

; Function Attrs: nounwind
declare float @fmodf(float noundef, float noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal double @drem_(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = frem double %5, %6
  ret double %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @frem_(float noundef %0, float noundef %1) #0 {
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  store float %0, ptr %3, align 4
  store float %1, ptr %4, align 4
  %5 = load float, ptr %3, align 4
  %6 = load float, ptr %4, align 4
  %7 = frem float %5, %6
  ret float %7
}

; Function Attrs: nounwind
declare double @sqrt(double noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @classify(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  store i32 0, ptr %5, align 4
  %6 = load double, ptr %3, align 8
  %7 = load double, ptr %4, align 8
  %8 = fcmp oeq double %6, %7
  %9 = zext i1 %8 to i32
  %10 = shl i32 %9, 0
  %11 = load i32, ptr %5, align 4
  %12 = or i32 %11, %10
  store i32 %12, ptr %5, align 4
  %13 = load double, ptr %3, align 8
  %14 = load double, ptr %4, align 8
  %15 = fcmp une double %13, %14
  %16 = zext i1 %15 to i32
  %17 = shl i32 %16, 1
  %18 = load i32, ptr %5, align 4
  %19 = or i32 %18, %17
  store i32 %19, ptr %5, align 4
  %20 = load double, ptr %3, align 8
  %21 = load double, ptr %4, align 8
  %22 = fcmp olt double %20, %21
  %23 = zext i1 %22 to i32
  %24 = shl i32 %23, 2
  %25 = load i32, ptr %5, align 4
  %26 = or i32 %25, %24
  store i32 %26, ptr %5, align 4
  %27 = load double, ptr %3, align 8
  %28 = load double, ptr %4, align 8
  %29 = fcmp ole double %27, %28
  %30 = zext i1 %29 to i32
  %31 = shl i32 %30, 3
  %32 = load i32, ptr %5, align 4
  %33 = or i32 %32, %31
  store i32 %33, ptr %5, align 4
  %34 = load double, ptr %3, align 8
  %35 = load double, ptr %4, align 8
  %36 = fcmp ogt double %34, %35
  %37 = zext i1 %36 to i32
  %38 = shl i32 %37, 4
  %39 = load i32, ptr %5, align 4
  %40 = or i32 %39, %38
  store i32 %40, ptr %5, align 4
  %41 = load double, ptr %3, align 8
  %42 = load double, ptr %4, align 8
  %43 = fcmp oge double %41, %42
  %44 = zext i1 %43 to i32
  %45 = shl i32 %44, 5
  %46 = load i32, ptr %5, align 4
  %47 = or i32 %46, %45
  store i32 %47, ptr %5, align 4
  %48 = load double, ptr %3, align 8
  %49 = load double, ptr %3, align 8
  %50 = fcmp une double %48, %49
  %51 = zext i1 %50 to i32
  %52 = shl i32 %51, 6
  %53 = load i32, ptr %5, align 4
  %54 = or i32 %53, %52
  store i32 %54, ptr %5, align 4
  %55 = load double, ptr %3, align 8
  %56 = load double, ptr %4, align 8
  %57 = fcmp olt double %55, %56
  %58 = xor i1 %57, true
  %59 = zext i1 %58 to i32
  %60 = shl i32 %59, 7
  %61 = load i32, ptr %5, align 4
  %62 = or i32 %61, %60
  store i32 %62, ptr %5, align 4
  %63 = load double, ptr %3, align 8
  %64 = load double, ptr %4, align 8
  %65 = fcmp oge double %63, %64
  %66 = xor i1 %65, true
  %67 = zext i1 %66 to i32
  %68 = shl i32 %67, 8
  %69 = load i32, ptr %5, align 4
  %70 = or i32 %69, %68
  store i32 %70, ptr %5, align 4
  %71 = load i32, ptr %5, align 4
  ret i32 %71
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @fclassify(float noundef %0, float noundef %1) #0 {
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  store float %0, ptr %3, align 4
  store float %1, ptr %4, align 4
  %5 = load float, ptr %3, align 4
  %6 = load float, ptr %4, align 4
  %7 = fcmp olt float %5, %6
  %8 = zext i1 %7 to i32
  %9 = load float, ptr %3, align 4
  %10 = load float, ptr %4, align 4
  %11 = fcmp oeq float %9, %10
  %12 = zext i1 %11 to i32
  %13 = mul nsw i32 2, %12
  %14 = add nsw i32 %8, %13
  %15 = load float, ptr %3, align 4
  %16 = load float, ptr %4, align 4
  %17 = fcmp ole float %15, %16
  %18 = xor i1 %17, true
  %19 = zext i1 %18 to i32
  %20 = mul nsw i32 4, %19
  %21 = add nsw i32 %14, %20
  %22 = load float, ptr %3, align 4
  %23 = load float, ptr %4, align 4
  %24 = fcmp une float %22, %23
  %25 = zext i1 %24 to i32
  %26 = mul nsw i32 8, %25
  %27 = add nsw i32 %21, %26
  ret i32 %27
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @fma_exact(double noundef %0, double noundef %1, double noundef %2) #0 {
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store double %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  store double %2, ptr %6, align 8
  %7 = load double, ptr %4, align 8
  %8 = load double, ptr %5, align 8
  %9 = load double, ptr %6, align 8
  %10 = call double @llvm.fmuladd.f64(double %7, double %8, double %9)
  ret double %10
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

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
