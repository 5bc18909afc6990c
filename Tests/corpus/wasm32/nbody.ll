; ModuleID = 'nbody.c'
source_filename = "nbody.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Body = type { double, double, double, double, double, double, double }

@bodies = internal global [5 x %struct.Body] [%struct.Body { double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0x4043BD3CC9BE45DE }, %struct.Body { double 0x40135DA0343CD92C, double 0xBFF290ABC01FDB7C, double 0xBFBA86F96C25EBF0, double 0x3FE367069B93CCBC, double 0x40067EF2F57D949B, double 0xBF99D2D79A5A0715, double 0x3FA34C95D9AB33D8 }, %struct.Body { double 0x4020AFCDC332CA67, double 0x40107FCB31DE01B0, double 0xBFD9D353E1EB467C, double 0xBFF02C21B8879442, double 0x3FFD35E9BF1F8F13, double 0x3F813C485F1123B4, double 0x3F871D490D07C637 }, %struct.Body { double 0x4029C9EACEA7D9CF, double 0xC02E38E8D626667E, double 0xBFCC9557BE257DA0, double 0x3FF1531CA9911BEF, double 0x3FEBCC7F3E54BBC5, double 0xBF862F6BFAF23E7C, double 0x3F5C3DD29CF41EB3 }, %struct.Body { double 0x402EC267A905572A, double 0xC039EB5833C8A220, double 0x3FC6F1F393ABE540, double 0x3FEF54B61659BC4A, double 0x3FE307C631C4FBA3, double 0xBFA1CB88587665F6, double 0x3F60A8F3531799AC }], align 16
@.str = private unnamed_addr constant [6 x i8] c"%.9f\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"jupiter x %.6f\0A\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @offset_momentum(ptr noundef @bodies, i32 noundef 5)
  %3 = call double @energy(ptr noundef @bodies, i32 noundef 5)
  %4 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %3)
  store i32 0, ptr %2, align 4
  br label %5

5:                                                ; preds = %9, %0
  %6 = load i32, ptr %2, align 4
  %7 = icmp slt i32 %6, 20000
  br i1 %7, label %8, label %12

8:                                                ; preds = %5
  call void @advance(ptr noundef @bodies, i32 noundef 5, double noundef 1.000000e-02)
  br label %9

9:                                                ; preds = %8
  %10 = load i32, ptr %2, align 4
  %11 = add nsw i32 %10, 1
  store i32 %11, ptr %2, align 4
  br label %5, !llvm.loop !2

12:                                               ; preds = %5
  %13 = call double @energy(ptr noundef @bodies, i32 noundef 5)
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %13)
  %15 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i32 0, i32 1), align 8
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %15)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone
define internal void @offset_momentum(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store double 0.000000e+00, ptr %6, align 8
  store double 0.000000e+00, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %9

9:                                                ; preds = %53, %2
  %10 = load i32, ptr %8, align 4
  %11 = load i32, ptr %4, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %56

13:                                               ; preds = %9
  %14 = load ptr, ptr %3, align 4
  %15 = load i32, ptr %8, align 4
  %16 = getelementptr inbounds %struct.Body, ptr %14, i32 %15
  %17 = getelementptr inbounds nuw %struct.Body, ptr %16, i32 0, i32 3
  %18 = load double, ptr %17, align 8
  %19 = load ptr, ptr %3, align 4
  %20 = load i32, ptr %8, align 4
  %21 = getelementptr inbounds %struct.Body, ptr %19, i32 %20
  %22 = getelementptr inbounds nuw %struct.Body, ptr %21, i32 0, i32 6
  %23 = load double, ptr %22, align 8
  %24 = fmul double %18, %23
  %25 = load double, ptr %5, align 8
  %26 = fadd double %25, %24
  store double %26, ptr %5, align 8
  %27 = load ptr, ptr %3, align 4
  %28 = load i32, ptr %8, align 4
  %29 = getelementptr inbounds %struct.Body, ptr %27, i32 %28
  %30 = getelementptr inbounds nuw %struct.Body, ptr %29, i32 0, i32 4
  %31 = load double, ptr %30, align 8
  %32 = load ptr, ptr %3, align 4
  %33 = load i32, ptr %8, align 4
  %34 = getelementptr inbounds %struct.Body, ptr %32, i32 %33
  %35 = getelementptr inbounds nuw %struct.Body, ptr %34, i32 0, i32 6
  %36 = load double, ptr %35, align 8
  %37 = fmul double %31, %36
  %38 = load double, ptr %6, align 8
  %39 = fadd double %38, %37
  store double %39, ptr %6, align 8
  %40 = load ptr, ptr %3, align 4
  %41 = load i32, ptr %8, align 4
  %42 = getelementptr inbounds %struct.Body, ptr %40, i32 %41
  %43 = getelementptr inbounds nuw %struct.Body, ptr %42, i32 0, i32 5
  %44 = load double, ptr %43, align 8
  %45 = load ptr, ptr %3, align 4
  %46 = load i32, ptr %8, align 4
  %47 = getelementptr inbounds %struct.Body, ptr %45, i32 %46
  %48 = getelementptr inbounds nuw %struct.Body, ptr %47, i32 0, i32 6
  %49 = load double, ptr %48, align 8
  %50 = fmul double %44, %49
  %51 = load double, ptr %7, align 8
  %52 = fadd double %51, %50
  store double %52, ptr %7, align 8
  br label %53

53:                                               ; preds = %13
  %54 = load i32, ptr %8, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %8, align 4
  br label %9, !llvm.loop !4

56:                                               ; preds = %9
  %57 = load double, ptr %5, align 8
  %58 = fneg double %57
  %59 = fdiv double %58, 0x4043BD3CC9BE45DE
  %60 = load ptr, ptr %3, align 4
  %61 = getelementptr inbounds %struct.Body, ptr %60, i32 0
  %62 = getelementptr inbounds nuw %struct.Body, ptr %61, i32 0, i32 3
  store double %59, ptr %62, align 8
  %63 = load double, ptr %6, align 8
  %64 = fneg double %63
  %65 = fdiv double %64, 0x4043BD3CC9BE45DE
  %66 = load ptr, ptr %3, align 4
  %67 = getelementptr inbounds %struct.Body, ptr %66, i32 0
  %68 = getelementptr inbounds nuw %struct.Body, ptr %67, i32 0, i32 4
  store double %65, ptr %68, align 8
  %69 = load double, ptr %7, align 8
  %70 = fneg double %69
  %71 = fdiv double %70, 0x4043BD3CC9BE45DE
  %72 = load ptr, ptr %3, align 4
  %73 = getelementptr inbounds %struct.Body, ptr %72, i32 0
  %74 = getelementptr inbounds nuw %struct.Body, ptr %73, i32 0, i32 5
  store double %71, ptr %74, align 8
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone
define internal double @energy(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %11

11:                                               ; preds = %130, %2
  %12 = load i32, ptr %6, align 4
  %13 = load i32, ptr %4, align 4
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %133

15:                                               ; preds = %11
  %16 = load ptr, ptr %3, align 4
  %17 = load i32, ptr %6, align 4
  %18 = getelementptr inbounds %struct.Body, ptr %16, i32 %17
  %19 = getelementptr inbounds nuw %struct.Body, ptr %18, i32 0, i32 6
  %20 = load double, ptr %19, align 8
  %21 = fmul double 5.000000e-01, %20
  %22 = load ptr, ptr %3, align 4
  %23 = load i32, ptr %6, align 4
  %24 = getelementptr inbounds %struct.Body, ptr %22, i32 %23
  %25 = getelementptr inbounds nuw %struct.Body, ptr %24, i32 0, i32 3
  %26 = load double, ptr %25, align 8
  %27 = load ptr, ptr %3, align 4
  %28 = load i32, ptr %6, align 4
  %29 = getelementptr inbounds %struct.Body, ptr %27, i32 %28
  %30 = getelementptr inbounds nuw %struct.Body, ptr %29, i32 0, i32 3
  %31 = load double, ptr %30, align 8
  %32 = fmul double %26, %31
  %33 = load ptr, ptr %3, align 4
  %34 = load i32, ptr %6, align 4
  %35 = getelementptr inbounds %struct.Body, ptr %33, i32 %34
  %36 = getelementptr inbounds nuw %struct.Body, ptr %35, i32 0, i32 4
  %37 = load double, ptr %36, align 8
  %38 = load ptr, ptr %3, align 4
  %39 = load i32, ptr %6, align 4
  %40 = getelementptr inbounds %struct.Body, ptr %38, i32 %39
  %41 = getelementptr inbounds nuw %struct.Body, ptr %40, i32 0, i32 4
  %42 = load double, ptr %41, align 8
  %43 = fmul double %37, %42
  %44 = fadd double %32, %43
  %45 = load ptr, ptr %3, align 4
  %46 = load i32, ptr %6, align 4
  %47 = getelementptr inbounds %struct.Body, ptr %45, i32 %46
  %48 = getelementptr inbounds nuw %struct.Body, ptr %47, i32 0, i32 5
  %49 = load double, ptr %48, align 8
  %50 = load ptr, ptr %3, align 4
  %51 = load i32, ptr %6, align 4
  %52 = getelementptr inbounds %struct.Body, ptr %50, i32 %51
  %53 = getelementptr inbounds nuw %struct.Body, ptr %52, i32 0, i32 5
  %54 = load double, ptr %53, align 8
  %55 = fmul double %49, %54
  %56 = fadd double %44, %55
  %57 = fmul double %21, %56
  %58 = load double, ptr %5, align 8
  %59 = fadd double %58, %57
  store double %59, ptr %5, align 8
  %60 = load i32, ptr %6, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %7, align 4
  br label %62

62:                                               ; preds = %126, %15
  %63 = load i32, ptr %7, align 4
  %64 = load i32, ptr %4, align 4
  %65 = icmp slt i32 %63, %64
  br i1 %65, label %66, label %129

66:                                               ; preds = %62
  %67 = load ptr, ptr %3, align 4
  %68 = load i32, ptr %6, align 4
  %69 = getelementptr inbounds %struct.Body, ptr %67, i32 %68
  %70 = getelementptr inbounds nuw %struct.Body, ptr %69, i32 0, i32 0
  %71 = load double, ptr %70, align 8
  %72 = load ptr, ptr %3, align 4
  %73 = load i32, ptr %7, align 4
  %74 = getelementptr inbounds %struct.Body, ptr %72, i32 %73
  %75 = getelementptr inbounds nuw %struct.Body, ptr %74, i32 0, i32 0
  %76 = load double, ptr %75, align 8
  %77 = fsub double %71, %76
  store double %77, ptr %8, align 8
  %78 = load ptr, ptr %3, align 4
  %79 = load i32, ptr %6, align 4
  %80 = getelementptr inbounds %struct.Body, ptr %78, i32 %79
  %81 = getelementptr inbounds nuw %struct.Body, ptr %80, i32 0, i32 1
  %82 = load double, ptr %81, align 8
  %83 = load ptr, ptr %3, align 4
  %84 = load i32, ptr %7, align 4
  %85 = getelementptr inbounds %struct.Body, ptr %83, i32 %84
  %86 = getelementptr inbounds nuw %struct.Body, ptr %85, i32 0, i32 1
  %87 = load double, ptr %86, align 8
  %88 = fsub double %82, %87
  store double %88, ptr %9, align 8
  %89 = load ptr, ptr %3, align 4
  %90 = load i32, ptr %6, align 4
  %91 = getelementptr inbounds %struct.Body, ptr %89, i32 %90
  %92 = getelementptr inbounds nuw %struct.Body, ptr %91, i32 0, i32 2
  %93 = load double, ptr %92, align 8
  %94 = load ptr, ptr %3, align 4
  %95 = load i32, ptr %7, align 4
  %96 = getelementptr inbounds %struct.Body, ptr %94, i32 %95
  %97 = getelementptr inbounds nuw %struct.Body, ptr %96, i32 0, i32 2
  %98 = load double, ptr %97, align 8
  %99 = fsub double %93, %98
  store double %99, ptr %10, align 8
  %100 = load ptr, ptr %3, align 4
  %101 = load i32, ptr %6, align 4
  %102 = getelementptr inbounds %struct.Body, ptr %100, i32 %101
  %103 = getelementptr inbounds nuw %struct.Body, ptr %102, i32 0, i32 6
  %104 = load double, ptr %103, align 8
  %105 = load ptr, ptr %3, align 4
  %106 = load i32, ptr %7, align 4
  %107 = getelementptr inbounds %struct.Body, ptr %105, i32 %106
  %108 = getelementptr inbounds nuw %struct.Body, ptr %107, i32 0, i32 6
  %109 = load double, ptr %108, align 8
  %110 = fmul double %104, %109
  %111 = load double, ptr %8, align 8
  %112 = load double, ptr %8, align 8
  %113 = fmul double %111, %112
  %114 = load double, ptr %9, align 8
  %115 = load double, ptr %9, align 8
  %116 = fmul double %114, %115
  %117 = fadd double %113, %116
  %118 = load double, ptr %10, align 8
  %119 = load double, ptr %10, align 8
  %120 = fmul double %118, %119
  %121 = fadd double %117, %120
  %122 = call double @llvm.sqrt.f64(double %121)
  %123 = fdiv double %110, %122
  %124 = load double, ptr %5, align 8
  %125 = fsub double %124, %123
  store double %125, ptr %5, align 8
  br label %126

126:                                              ; preds = %66
  %127 = load i32, ptr %7, align 4
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %7, align 4
  br label %62, !llvm.loop !5

129:                                              ; preds = %62
  br label %130

130:                                              ; preds = %129
  %131 = load i32, ptr %6, align 4
  %132 = add nsw i32 %131, 1
  store i32 %132, ptr %6, align 4
  br label %11, !llvm.loop !6

133:                                              ; preds = %11
  %134 = load double, ptr %5, align 8
  ret double %134
}

; Function Attrs: noinline nounwind optnone
define internal void @advance(ptr noundef %0, i32 noundef %1, double noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca double, align 8
  %14 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store double %2, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %15

15:                                               ; preds = %171, %3
  %16 = load i32, ptr %7, align 4
  %17 = load i32, ptr %5, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %174

19:                                               ; preds = %15
  %20 = load i32, ptr %7, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %8, align 4
  br label %22

22:                                               ; preds = %167, %19
  %23 = load i32, ptr %8, align 4
  %24 = load i32, ptr %5, align 4
  %25 = icmp slt i32 %23, %24
  br i1 %25, label %26, label %170

26:                                               ; preds = %22
  %27 = load ptr, ptr %4, align 4
  %28 = load i32, ptr %7, align 4
  %29 = getelementptr inbounds %struct.Body, ptr %27, i32 %28
  %30 = getelementptr inbounds nuw %struct.Body, ptr %29, i32 0, i32 0
  %31 = load double, ptr %30, align 8
  %32 = load ptr, ptr %4, align 4
  %33 = load i32, ptr %8, align 4
  %34 = getelementptr inbounds %struct.Body, ptr %32, i32 %33
  %35 = getelementptr inbounds nuw %struct.Body, ptr %34, i32 0, i32 0
  %36 = load double, ptr %35, align 8
  %37 = fsub double %31, %36
  store double %37, ptr %9, align 8
  %38 = load ptr, ptr %4, align 4
  %39 = load i32, ptr %7, align 4
  %40 = getelementptr inbounds %struct.Body, ptr %38, i32 %39
  %41 = getelementptr inbounds nuw %struct.Body, ptr %40, i32 0, i32 1
  %42 = load double, ptr %41, align 8
  %43 = load ptr, ptr %4, align 4
  %44 = load i32, ptr %8, align 4
  %45 = getelementptr inbounds %struct.Body, ptr %43, i32 %44
  %46 = getelementptr inbounds nuw %struct.Body, ptr %45, i32 0, i32 1
  %47 = load double, ptr %46, align 8
  %48 = fsub double %42, %47
  store double %48, ptr %10, align 8
  %49 = load ptr, ptr %4, align 4
  %50 = load i32, ptr %7, align 4
  %51 = getelementptr inbounds %struct.Body, ptr %49, i32 %50
  %52 = getelementptr inbounds nuw %struct.Body, ptr %51, i32 0, i32 2
  %53 = load double, ptr %52, align 8
  %54 = load ptr, ptr %4, align 4
  %55 = load i32, ptr %8, align 4
  %56 = getelementptr inbounds %struct.Body, ptr %54, i32 %55
  %57 = getelementptr inbounds nuw %struct.Body, ptr %56, i32 0, i32 2
  %58 = load double, ptr %57, align 8
  %59 = fsub double %53, %58
  store double %59, ptr %11, align 8
  %60 = load double, ptr %9, align 8
  %61 = load double, ptr %9, align 8
  %62 = fmul double %60, %61
  %63 = load double, ptr %10, align 8
  %64 = load double, ptr %10, align 8
  %65 = fmul double %63, %64
  %66 = fadd double %62, %65
  %67 = load double, ptr %11, align 8
  %68 = load double, ptr %11, align 8
  %69 = fmul double %67, %68
  %70 = fadd double %66, %69
  store double %70, ptr %12, align 8
  %71 = load double, ptr %6, align 8
  %72 = load double, ptr %12, align 8
  %73 = load double, ptr %12, align 8
  %74 = call double @llvm.sqrt.f64(double %73)
  %75 = fmul double %72, %74
  %76 = fdiv double %71, %75
  store double %76, ptr %13, align 8
  %77 = load double, ptr %9, align 8
  %78 = load ptr, ptr %4, align 4
  %79 = load i32, ptr %8, align 4
  %80 = getelementptr inbounds %struct.Body, ptr %78, i32 %79
  %81 = getelementptr inbounds nuw %struct.Body, ptr %80, i32 0, i32 6
  %82 = load double, ptr %81, align 8
  %83 = fmul double %77, %82
  %84 = load double, ptr %13, align 8
  %85 = fmul double %83, %84
  %86 = load ptr, ptr %4, align 4
  %87 = load i32, ptr %7, align 4
  %88 = getelementptr inbounds %struct.Body, ptr %86, i32 %87
  %89 = getelementptr inbounds nuw %struct.Body, ptr %88, i32 0, i32 3
  %90 = load double, ptr %89, align 8
  %91 = fsub double %90, %85
  store double %91, ptr %89, align 8
  %92 = load double, ptr %10, align 8
  %93 = load ptr, ptr %4, align 4
  %94 = load i32, ptr %8, align 4
  %95 = getelementptr inbounds %struct.Body, ptr %93, i32 %94
  %96 = getelementptr inbounds nuw %struct.Body, ptr %95, i32 0, i32 6
  %97 = load double, ptr %96, align 8
  %98 = fmul double %92, %97
  %99 = load double, ptr %13, align 8
  %100 = fmul double %98, %99
  %101 = load ptr, ptr %4, align 4
  %102 = load i32, ptr %7, align 4
  %103 = getelementptr inbounds %struct.Body, ptr %101, i32 %102
  %104 = getelementptr inbounds nuw %struct.Body, ptr %103, i32 0, i32 4
  %105 = load double, ptr %104, align 8
  %106 = fsub double %105, %100
  store double %106, ptr %104, align 8
  %107 = load double, ptr %11, align 8
  %108 = load ptr, ptr %4, align 4
  %109 = load i32, ptr %8, align 4
  %110 = getelementptr inbounds %struct.Body, ptr %108, i32 %109
  %111 = getelementptr inbounds nuw %struct.Body, ptr %110, i32 0, i32 6
  %112 = load double, ptr %111, align 8
  %113 = fmul double %107, %112
  %114 = load double, ptr %13, align 8
  %115 = fmul double %113, %114
  %116 = load ptr, ptr %4, align 4
  %117 = load i32, ptr %7, align 4
  %118 = getelementptr inbounds %struct.Body, ptr %116, i32 %117
  %119 = getelementptr inbounds nuw %struct.Body, ptr %118, i32 0, i32 5
  %120 = load double, ptr %119, align 8
  %121 = fsub double %120, %115
  store double %121, ptr %119, align 8
  %122 = load double, ptr %9, align 8
  %123 = load ptr, ptr %4, align 4
  %124 = load i32, ptr %7, align 4
  %125 = getelementptr inbounds %struct.Body, ptr %123, i32 %124
  %126 = getelementptr inbounds nuw %struct.Body, ptr %125, i32 0, i32 6
  %127 = load double, ptr %126, align 8
  %128 = fmul double %122, %127
  %129 = load double, ptr %13, align 8
  %130 = fmul double %128, %129
  %131 = load ptr, ptr %4, align 4
  %132 = load i32, ptr %8, align 4
  %133 = getelementptr inbounds %struct.Body, ptr %131, i32 %132
  %134 = getelementptr inbounds nuw %struct.Body, ptr %133, i32 0, i32 3
  %135 = load double, ptr %134, align 8
  %136 = fadd double %135, %130
  store double %136, ptr %134, align 8
  %137 = load double, ptr %10, align 8
  %138 = load ptr, ptr %4, align 4
  %139 = load i32, ptr %7, align 4
  %140 = getelementptr inbounds %struct.Body, ptr %138, i32 %139
  %141 = getelementptr inbounds nuw %struct.Body, ptr %140, i32 0, i32 6
  %142 = load double, ptr %141, align 8
  %143 = fmul double %137, %142
  %144 = load double, ptr %13, align 8
  %145 = fmul double %143, %144
  %146 = load ptr, ptr %4, align 4
  %147 = load i32, ptr %8, align 4
  %148 = getelementptr inbounds %struct.Body, ptr %146, i32 %147
  %149 = getelementptr inbounds nuw %struct.Body, ptr %148, i32 0, i32 4
  %150 = load double, ptr %149, align 8
  %151 = fadd double %150, %145
  store double %151, ptr %149, align 8
  %152 = load double, ptr %11, align 8
  %153 = load ptr, ptr %4, align 4
  %154 = load i32, ptr %7, align 4
  %155 = getelementptr inbounds %struct.Body, ptr %153, i32 %154
  %156 = getelementptr inbounds nuw %struct.Body, ptr %155, i32 0, i32 6
  %157 = load double, ptr %156, align 8
  %158 = fmul double %152, %157
  %159 = load double, ptr %13, align 8
  %160 = fmul double %158, %159
  %161 = load ptr, ptr %4, align 4
  %162 = load i32, ptr %8, align 4
  %163 = getelementptr inbounds %struct.Body, ptr %161, i32 %162
  %164 = getelementptr inbounds nuw %struct.Body, ptr %163, i32 0, i32 5
  %165 = load double, ptr %164, align 8
  %166 = fadd double %165, %160
  store double %166, ptr %164, align 8
  br label %167

167:                                              ; preds = %26
  %168 = load i32, ptr %8, align 4
  %169 = add nsw i32 %168, 1
  store i32 %169, ptr %8, align 4
  br label %22, !llvm.loop !7

170:                                              ; preds = %22
  br label %171

171:                                              ; preds = %170
  %172 = load i32, ptr %7, align 4
  %173 = add nsw i32 %172, 1
  store i32 %173, ptr %7, align 4
  br label %15, !llvm.loop !8

174:                                              ; preds = %15
  store i32 0, ptr %14, align 4
  br label %175

175:                                              ; preds = %219, %174
  %176 = load i32, ptr %14, align 4
  %177 = load i32, ptr %5, align 4
  %178 = icmp slt i32 %176, %177
  br i1 %178, label %179, label %222

179:                                              ; preds = %175
  %180 = load double, ptr %6, align 8
  %181 = load ptr, ptr %4, align 4
  %182 = load i32, ptr %14, align 4
  %183 = getelementptr inbounds %struct.Body, ptr %181, i32 %182
  %184 = getelementptr inbounds nuw %struct.Body, ptr %183, i32 0, i32 3
  %185 = load double, ptr %184, align 8
  %186 = fmul double %180, %185
  %187 = load ptr, ptr %4, align 4
  %188 = load i32, ptr %14, align 4
  %189 = getelementptr inbounds %struct.Body, ptr %187, i32 %188
  %190 = getelementptr inbounds nuw %struct.Body, ptr %189, i32 0, i32 0
  %191 = load double, ptr %190, align 8
  %192 = fadd double %191, %186
  store double %192, ptr %190, align 8
  %193 = load double, ptr %6, align 8
  %194 = load ptr, ptr %4, align 4
  %195 = load i32, ptr %14, align 4
  %196 = getelementptr inbounds %struct.Body, ptr %194, i32 %195
  %197 = getelementptr inbounds nuw %struct.Body, ptr %196, i32 0, i32 4
  %198 = load double, ptr %197, align 8
  %199 = fmul double %193, %198
  %200 = load ptr, ptr %4, align 4
  %201 = load i32, ptr %14, align 4
  %202 = getelementptr inbounds %struct.Body, ptr %200, i32 %201
  %203 = getelementptr inbounds nuw %struct.Body, ptr %202, i32 0, i32 1
  %204 = load double, ptr %203, align 8
  %205 = fadd double %204, %199
  store double %205, ptr %203, align 8
  %206 = load double, ptr %6, align 8
  %207 = load ptr, ptr %4, align 4
  %208 = load i32, ptr %14, align 4
  %209 = getelementptr inbounds %struct.Body, ptr %207, i32 %208
  %210 = getelementptr inbounds nuw %struct.Body, ptr %209, i32 0, i32 5
  %211 = load double, ptr %210, align 8
  %212 = fmul double %206, %211
  %213 = load ptr, ptr %4, align 4
  %214 = load i32, ptr %14, align 4
  %215 = getelementptr inbounds %struct.Body, ptr %213, i32 %214
  %216 = getelementptr inbounds nuw %struct.Body, ptr %215, i32 0, i32 2
  %217 = load double, ptr %216, align 8
  %218 = fadd double %217, %212
  store double %218, ptr %216, align 8
  br label %219

219:                                              ; preds = %179
  %220 = load i32, ptr %14, align 4
  %221 = add nsw i32 %220, 1
  store i32 %221, ptr %14, align 4
  br label %175, !llvm.loop !9

222:                                              ; preds = %175
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #2

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
