; ModuleID = 'struct_small.c'
source_filename = "struct_small.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.II = type { i32, i32 }
%struct.LL = type { i64, i64 }
%struct.DD = type { double, double }
%struct.FF = type { float, float }
%struct.FI = type { float, i32 }
%struct.CS = type { i8, i16 }
%struct.III = type { i32, i32, i32 }
%struct.FFF = type { float, float, float }
%struct.DI = type { double, i32 }

@.str = private unnamed_addr constant [19 x i8] c"ii %d %d -> %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"ll %lld %lld\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"dd %.3f %.3f\0A\00", align 1
@.str.3 = private unnamed_addr constant [23 x i8] c"ff %.3f %.3f dot %.3f\0A\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"fi %.2f %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"cs %c %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"iii %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [22 x i8] c"cross %.1f %.1f %.1f\0A\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"di %.2f %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"many %d\0A\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.II, align 4
  %3 = alloca %struct.II, align 4
  %4 = alloca %struct.LL, align 8
  %5 = alloca %struct.LL, align 8
  %6 = alloca %struct.LL, align 8
  %7 = alloca %struct.DD, align 8
  %8 = alloca %struct.DD, align 8
  %9 = alloca %struct.FF, align 4
  %10 = alloca %struct.FF, align 4
  %11 = alloca %struct.FF, align 4
  %12 = alloca %struct.FI, align 4
  %13 = alloca %struct.FI, align 4
  %14 = alloca %struct.CS, align 2
  %15 = alloca %struct.CS, align 2
  %16 = alloca %struct.III, align 4
  %17 = alloca %struct.III, align 4
  %18 = alloca %struct.FFF, align 4
  %19 = alloca %struct.FFF, align 4
  %20 = alloca %struct.FFF, align 4
  %21 = alloca %struct.DI, align 8
  %22 = alloca i32, align 4
  %23 = alloca %struct.FF, align 4
  store i32 0, ptr %1, align 4
  call void @ii_make(ptr dead_on_unwind writable sret(%struct.II) align 4 %2, i32 noundef 3, i32 noundef -4)
  call void @ii_swap(ptr dead_on_unwind writable sret(%struct.II) align 4 %3, ptr noundef byval(%struct.II) align 4 %2)
  %24 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 0
  %25 = load i32, ptr %24, align 4
  %26 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 1
  %27 = load i32, ptr %26, align 4
  %28 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 0
  %29 = load i32, ptr %28, align 4
  %30 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 1
  %31 = load i32, ptr %30, align 4
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %25, i32 noundef %27, i32 noundef %29, i32 noundef %31)
  %33 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 0
  store i64 10000000000, ptr %33, align 8
  %34 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 1
  store i64 -1, ptr %34, align 8
  %35 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 0
  store i64 5, ptr %35, align 8
  %36 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 1
  store i64 20000000000, ptr %36, align 8
  call void @ll_add(ptr dead_on_unwind writable sret(%struct.LL) align 8 %4, ptr noundef byval(%struct.LL) align 8 %5, ptr noundef byval(%struct.LL) align 8 %6)
  %37 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 0
  %38 = load i64, ptr %37, align 8
  %39 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 1
  %40 = load i64, ptr %39, align 8
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %38, i64 noundef %40)
  %42 = getelementptr inbounds nuw %struct.DD, ptr %8, i32 0, i32 0
  store double 1.500000e+00, ptr %42, align 8
  %43 = getelementptr inbounds nuw %struct.DD, ptr %8, i32 0, i32 1
  store double -2.250000e+00, ptr %43, align 8
  call void @dd_scale(ptr dead_on_unwind writable sret(%struct.DD) align 8 %7, ptr noundef byval(%struct.DD) align 8 %8, double noundef 4.000000e+00)
  %44 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 0
  %45 = load double, ptr %44, align 8
  %46 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 1
  %47 = load double, ptr %46, align 8
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %45, double noundef %47)
  %49 = getelementptr inbounds nuw %struct.FF, ptr %10, i32 0, i32 0
  store float 1.000000e+00, ptr %49, align 4
  %50 = getelementptr inbounds nuw %struct.FF, ptr %10, i32 0, i32 1
  store float 2.000000e+00, ptr %50, align 4
  %51 = getelementptr inbounds nuw %struct.FF, ptr %11, i32 0, i32 0
  store float 5.000000e-01, ptr %51, align 4
  %52 = getelementptr inbounds nuw %struct.FF, ptr %11, i32 0, i32 1
  store float 2.500000e-01, ptr %52, align 4
  call void @ff_add(ptr dead_on_unwind writable sret(%struct.FF) align 4 %9, ptr noundef byval(%struct.FF) align 4 %10, ptr noundef byval(%struct.FF) align 4 %11)
  %53 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 0
  %54 = load float, ptr %53, align 4
  %55 = fpext float %54 to double
  %56 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 1
  %57 = load float, ptr %56, align 4
  %58 = fpext float %57 to double
  %59 = call float @ff_dot(ptr noundef byval(%struct.FF) align 4 %9, ptr noundef byval(%struct.FF) align 4 %9)
  %60 = fpext float %59 to double
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %55, double noundef %58, double noundef %60)
  %62 = getelementptr inbounds nuw %struct.FI, ptr %13, i32 0, i32 0
  store float 5.000000e-01, ptr %62, align 4
  %63 = getelementptr inbounds nuw %struct.FI, ptr %13, i32 0, i32 1
  store i32 7, ptr %63, align 4
  call void @fi_mix(ptr dead_on_unwind writable sret(%struct.FI) align 4 %12, ptr noundef byval(%struct.FI) align 4 %13)
  %64 = getelementptr inbounds nuw %struct.FI, ptr %12, i32 0, i32 0
  %65 = load float, ptr %64, align 4
  %66 = fpext float %65 to double
  %67 = getelementptr inbounds nuw %struct.FI, ptr %12, i32 0, i32 1
  %68 = load i32, ptr %67, align 4
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %66, i32 noundef %68)
  %70 = getelementptr inbounds nuw %struct.CS, ptr %15, i32 0, i32 0
  store i8 65, ptr %70, align 2
  %71 = getelementptr i8, ptr %15, i32 1
  call void @llvm.memset.p0.i64(ptr align 1 %71, i8 0, i64 1, i1 false)
  %72 = getelementptr inbounds nuw %struct.CS, ptr %15, i32 0, i32 1
  store i16 -300, ptr %72, align 2
  call void @cs_inc(ptr dead_on_unwind writable sret(%struct.CS) align 2 %14, ptr noundef byval(%struct.CS) align 2 %15)
  %73 = getelementptr inbounds nuw %struct.CS, ptr %14, i32 0, i32 0
  %74 = load i8, ptr %73, align 2
  %75 = sext i8 %74 to i32
  %76 = getelementptr inbounds nuw %struct.CS, ptr %14, i32 0, i32 1
  %77 = load i16, ptr %76, align 2
  %78 = sext i16 %77 to i32
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %75, i32 noundef %78)
  %80 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 0
  store i32 1, ptr %80, align 4
  %81 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 1
  store i32 2, ptr %81, align 4
  %82 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 2
  store i32 3, ptr %82, align 4
  call void @iii_rot(ptr dead_on_unwind writable sret(%struct.III) align 4 %16, ptr noundef byval(%struct.III) align 4 %17)
  %83 = getelementptr inbounds nuw %struct.III, ptr %16, i32 0, i32 0
  %84 = load i32, ptr %83, align 4
  %85 = getelementptr inbounds nuw %struct.III, ptr %16, i32 0, i32 1
  %86 = load i32, ptr %85, align 4
  %87 = getelementptr inbounds nuw %struct.III, ptr %16, i32 0, i32 2
  %88 = load i32, ptr %87, align 4
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %84, i32 noundef %86, i32 noundef %88)
  %90 = getelementptr inbounds nuw %struct.FFF, ptr %19, i32 0, i32 0
  store float 1.000000e+00, ptr %90, align 4
  %91 = getelementptr inbounds nuw %struct.FFF, ptr %19, i32 0, i32 1
  store float 0.000000e+00, ptr %91, align 4
  %92 = getelementptr inbounds nuw %struct.FFF, ptr %19, i32 0, i32 2
  store float 0.000000e+00, ptr %92, align 4
  %93 = getelementptr inbounds nuw %struct.FFF, ptr %20, i32 0, i32 0
  store float 0.000000e+00, ptr %93, align 4
  %94 = getelementptr inbounds nuw %struct.FFF, ptr %20, i32 0, i32 1
  store float 1.000000e+00, ptr %94, align 4
  %95 = getelementptr inbounds nuw %struct.FFF, ptr %20, i32 0, i32 2
  store float 0.000000e+00, ptr %95, align 4
  call void @fff_cross(ptr dead_on_unwind writable sret(%struct.FFF) align 4 %18, ptr noundef byval(%struct.FFF) align 4 %19, ptr noundef byval(%struct.FFF) align 4 %20)
  %96 = getelementptr inbounds nuw %struct.FFF, ptr %18, i32 0, i32 0
  %97 = load float, ptr %96, align 4
  %98 = fpext float %97 to double
  %99 = getelementptr inbounds nuw %struct.FFF, ptr %18, i32 0, i32 1
  %100 = load float, ptr %99, align 4
  %101 = fpext float %100 to double
  %102 = getelementptr inbounds nuw %struct.FFF, ptr %18, i32 0, i32 2
  %103 = load float, ptr %102, align 4
  %104 = fpext float %103 to double
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %98, double noundef %101, double noundef %104)
  call void @di_make(ptr dead_on_unwind writable sret(%struct.DI) align 8 %21, double noundef 2.750000e+00, i32 noundef -9)
  %106 = getelementptr inbounds nuw %struct.DI, ptr %21, i32 0, i32 0
  %107 = load double, ptr %106, align 8
  %108 = getelementptr inbounds nuw %struct.DI, ptr %21, i32 0, i32 1
  %109 = load i32, ptr %108, align 8
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %107, i32 noundef %109)
  %111 = getelementptr inbounds nuw %struct.FF, ptr %23, i32 0, i32 0
  store float 2.000000e+00, ptr %111, align 4
  %112 = getelementptr inbounds nuw %struct.FF, ptr %23, i32 0, i32 1
  store float 3.000000e+00, ptr %112, align 4
  %113 = call i32 @many(ptr noundef byval(%struct.II) align 4 %2, ptr noundef byval(%struct.LL) align 8 %4, ptr noundef byval(%struct.DD) align 8 %7, ptr noundef byval(%struct.FF) align 4 %9, i32 noundef 100, double noundef 5.000000e-01, ptr noundef byval(%struct.II) align 4 %3, ptr noundef byval(%struct.FF) align 4 %23)
  store i32 %113, ptr %22, align 4
  %114 = load i32, ptr %22, align 4
  %115 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %114)
  %116 = load i32, ptr %22, align 4
  %117 = and i32 %116, 63
  ret i32 %117
}

; Function Attrs: noinline nounwind optnone
define internal void @ii_make(ptr dead_on_unwind noalias writable sret(%struct.II) align 4 %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %1, ptr %4, align 4
  store i32 %2, ptr %5, align 4
  %6 = getelementptr inbounds nuw %struct.II, ptr %0, i32 0, i32 0
  %7 = load i32, ptr %4, align 4
  store i32 %7, ptr %6, align 4
  %8 = getelementptr inbounds nuw %struct.II, ptr %0, i32 0, i32 1
  %9 = load i32, ptr %5, align 4
  store i32 %9, ptr %8, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @ii_swap(ptr dead_on_unwind noalias writable sret(%struct.II) align 4 %0, ptr noundef byval(%struct.II) align 4 %1) #0 {
  %3 = getelementptr inbounds nuw %struct.II, ptr %0, i32 0, i32 0
  %4 = getelementptr inbounds nuw %struct.II, ptr %1, i32 0, i32 1
  %5 = load i32, ptr %4, align 4
  store i32 %5, ptr %3, align 4
  %6 = getelementptr inbounds nuw %struct.II, ptr %0, i32 0, i32 1
  %7 = getelementptr inbounds nuw %struct.II, ptr %1, i32 0, i32 0
  %8 = load i32, ptr %7, align 4
  store i32 %8, ptr %6, align 4
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone
define internal void @ll_add(ptr dead_on_unwind noalias writable sret(%struct.LL) align 8 %0, ptr noundef byval(%struct.LL) align 8 %1, ptr noundef byval(%struct.LL) align 8 %2) #0 {
  %4 = getelementptr inbounds nuw %struct.LL, ptr %0, i32 0, i32 0
  %5 = getelementptr inbounds nuw %struct.LL, ptr %1, i32 0, i32 0
  %6 = load i64, ptr %5, align 8
  %7 = getelementptr inbounds nuw %struct.LL, ptr %2, i32 0, i32 0
  %8 = load i64, ptr %7, align 8
  %9 = add nsw i64 %6, %8
  store i64 %9, ptr %4, align 8
  %10 = getelementptr inbounds nuw %struct.LL, ptr %0, i32 0, i32 1
  %11 = getelementptr inbounds nuw %struct.LL, ptr %1, i32 0, i32 1
  %12 = load i64, ptr %11, align 8
  %13 = getelementptr inbounds nuw %struct.LL, ptr %2, i32 0, i32 1
  %14 = load i64, ptr %13, align 8
  %15 = add nsw i64 %12, %14
  store i64 %15, ptr %10, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @dd_scale(ptr dead_on_unwind noalias writable sret(%struct.DD) align 8 %0, ptr noundef byval(%struct.DD) align 8 %1, double noundef %2) #0 {
  %4 = alloca double, align 8
  store double %2, ptr %4, align 8
  %5 = load double, ptr %4, align 8
  %6 = getelementptr inbounds nuw %struct.DD, ptr %1, i32 0, i32 0
  %7 = load double, ptr %6, align 8
  %8 = fmul double %7, %5
  store double %8, ptr %6, align 8
  %9 = load double, ptr %4, align 8
  %10 = getelementptr inbounds nuw %struct.DD, ptr %1, i32 0, i32 1
  %11 = load double, ptr %10, align 8
  %12 = fmul double %11, %9
  store double %12, ptr %10, align 8
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %0, ptr align 8 %1, i32 16, i1 false)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @ff_add(ptr dead_on_unwind noalias writable sret(%struct.FF) align 4 %0, ptr noundef byval(%struct.FF) align 4 %1, ptr noundef byval(%struct.FF) align 4 %2) #0 {
  %4 = getelementptr inbounds nuw %struct.FF, ptr %0, i32 0, i32 0
  %5 = getelementptr inbounds nuw %struct.FF, ptr %1, i32 0, i32 0
  %6 = load float, ptr %5, align 4
  %7 = getelementptr inbounds nuw %struct.FF, ptr %2, i32 0, i32 0
  %8 = load float, ptr %7, align 4
  %9 = fadd float %6, %8
  store float %9, ptr %4, align 4
  %10 = getelementptr inbounds nuw %struct.FF, ptr %0, i32 0, i32 1
  %11 = getelementptr inbounds nuw %struct.FF, ptr %1, i32 0, i32 1
  %12 = load float, ptr %11, align 4
  %13 = getelementptr inbounds nuw %struct.FF, ptr %2, i32 0, i32 1
  %14 = load float, ptr %13, align 4
  %15 = fadd float %12, %14
  store float %15, ptr %10, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal float @ff_dot(ptr noundef byval(%struct.FF) align 4 %0, ptr noundef byval(%struct.FF) align 4 %1) #0 {
  %3 = getelementptr inbounds nuw %struct.FF, ptr %0, i32 0, i32 0
  %4 = load float, ptr %3, align 4
  %5 = getelementptr inbounds nuw %struct.FF, ptr %1, i32 0, i32 0
  %6 = load float, ptr %5, align 4
  %7 = getelementptr inbounds nuw %struct.FF, ptr %0, i32 0, i32 1
  %8 = load float, ptr %7, align 4
  %9 = getelementptr inbounds nuw %struct.FF, ptr %1, i32 0, i32 1
  %10 = load float, ptr %9, align 4
  %11 = fmul float %8, %10
  %12 = call float @llvm.fmuladd.f32(float %4, float %6, float %11)
  ret float %12
}

; Function Attrs: noinline nounwind optnone
define internal void @fi_mix(ptr dead_on_unwind noalias writable sret(%struct.FI) align 4 %0, ptr noundef byval(%struct.FI) align 4 %1) #0 {
  %3 = getelementptr inbounds nuw %struct.FI, ptr %1, i32 0, i32 1
  %4 = load i32, ptr %3, align 4
  %5 = sitofp i32 %4 to float
  %6 = getelementptr inbounds nuw %struct.FI, ptr %1, i32 0, i32 0
  %7 = load float, ptr %6, align 4
  %8 = fadd float %7, %5
  store float %8, ptr %6, align 4
  %9 = getelementptr inbounds nuw %struct.FI, ptr %1, i32 0, i32 1
  %10 = load i32, ptr %9, align 4
  %11 = mul nsw i32 %10, 2
  store i32 %11, ptr %9, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %0, ptr align 4 %1, i32 8, i1 false)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @cs_inc(ptr dead_on_unwind noalias writable sret(%struct.CS) align 2 %0, ptr noundef byval(%struct.CS) align 2 %1) #0 {
  %3 = getelementptr inbounds nuw %struct.CS, ptr %1, i32 0, i32 0
  %4 = load i8, ptr %3, align 2
  %5 = add i8 %4, 1
  store i8 %5, ptr %3, align 2
  %6 = getelementptr inbounds nuw %struct.CS, ptr %1, i32 0, i32 1
  %7 = load i16, ptr %6, align 2
  %8 = add i16 %7, -1
  store i16 %8, ptr %6, align 2
  call void @llvm.memcpy.p0.p0.i32(ptr align 2 %0, ptr align 2 %1, i32 4, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal void @iii_rot(ptr dead_on_unwind noalias writable sret(%struct.III) align 4 %0, ptr noundef byval(%struct.III) align 4 %1) #0 {
  %3 = getelementptr inbounds nuw %struct.III, ptr %0, i32 0, i32 0
  %4 = getelementptr inbounds nuw %struct.III, ptr %1, i32 0, i32 1
  %5 = load i32, ptr %4, align 4
  store i32 %5, ptr %3, align 4
  %6 = getelementptr inbounds nuw %struct.III, ptr %0, i32 0, i32 1
  %7 = getelementptr inbounds nuw %struct.III, ptr %1, i32 0, i32 2
  %8 = load i32, ptr %7, align 4
  store i32 %8, ptr %6, align 4
  %9 = getelementptr inbounds nuw %struct.III, ptr %0, i32 0, i32 2
  %10 = getelementptr inbounds nuw %struct.III, ptr %1, i32 0, i32 0
  %11 = load i32, ptr %10, align 4
  store i32 %11, ptr %9, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @fff_cross(ptr dead_on_unwind noalias writable sret(%struct.FFF) align 4 %0, ptr noundef byval(%struct.FFF) align 4 %1, ptr noundef byval(%struct.FFF) align 4 %2) #0 {
  %4 = getelementptr inbounds nuw %struct.FFF, ptr %0, i32 0, i32 0
  %5 = getelementptr inbounds nuw %struct.FFF, ptr %1, i32 0, i32 1
  %6 = load float, ptr %5, align 4
  %7 = getelementptr inbounds nuw %struct.FFF, ptr %2, i32 0, i32 2
  %8 = load float, ptr %7, align 4
  %9 = getelementptr inbounds nuw %struct.FFF, ptr %1, i32 0, i32 2
  %10 = load float, ptr %9, align 4
  %11 = getelementptr inbounds nuw %struct.FFF, ptr %2, i32 0, i32 1
  %12 = load float, ptr %11, align 4
  %13 = fmul float %10, %12
  %14 = fneg float %13
  %15 = call float @llvm.fmuladd.f32(float %6, float %8, float %14)
  store float %15, ptr %4, align 4
  %16 = getelementptr inbounds nuw %struct.FFF, ptr %0, i32 0, i32 1
  %17 = getelementptr inbounds nuw %struct.FFF, ptr %1, i32 0, i32 2
  %18 = load float, ptr %17, align 4
  %19 = getelementptr inbounds nuw %struct.FFF, ptr %2, i32 0, i32 0
  %20 = load float, ptr %19, align 4
  %21 = getelementptr inbounds nuw %struct.FFF, ptr %1, i32 0, i32 0
  %22 = load float, ptr %21, align 4
  %23 = getelementptr inbounds nuw %struct.FFF, ptr %2, i32 0, i32 2
  %24 = load float, ptr %23, align 4
  %25 = fmul float %22, %24
  %26 = fneg float %25
  %27 = call float @llvm.fmuladd.f32(float %18, float %20, float %26)
  store float %27, ptr %16, align 4
  %28 = getelementptr inbounds nuw %struct.FFF, ptr %0, i32 0, i32 2
  %29 = getelementptr inbounds nuw %struct.FFF, ptr %1, i32 0, i32 0
  %30 = load float, ptr %29, align 4
  %31 = getelementptr inbounds nuw %struct.FFF, ptr %2, i32 0, i32 1
  %32 = load float, ptr %31, align 4
  %33 = getelementptr inbounds nuw %struct.FFF, ptr %1, i32 0, i32 1
  %34 = load float, ptr %33, align 4
  %35 = getelementptr inbounds nuw %struct.FFF, ptr %2, i32 0, i32 0
  %36 = load float, ptr %35, align 4
  %37 = fmul float %34, %36
  %38 = fneg float %37
  %39 = call float @llvm.fmuladd.f32(float %30, float %32, float %38)
  store float %39, ptr %28, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @di_make(ptr dead_on_unwind noalias writable sret(%struct.DI) align 8 %0, double noundef %1, i32 noundef %2) #0 {
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  store double %1, ptr %4, align 8
  store i32 %2, ptr %5, align 4
  %6 = load double, ptr %4, align 8
  %7 = getelementptr inbounds nuw %struct.DI, ptr %0, i32 0, i32 0
  store double %6, ptr %7, align 8
  %8 = load i32, ptr %5, align 4
  %9 = getelementptr inbounds nuw %struct.DI, ptr %0, i32 0, i32 1
  store i32 %8, ptr %9, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @many(ptr noundef byval(%struct.II) align 4 %0, ptr noundef byval(%struct.LL) align 8 %1, ptr noundef byval(%struct.DD) align 8 %2, ptr noundef byval(%struct.FF) align 4 %3, i32 noundef %4, double noundef %5, ptr noundef byval(%struct.II) align 4 %6, ptr noundef byval(%struct.FF) align 4 %7) #0 {
  %9 = alloca i32, align 4
  %10 = alloca double, align 8
  store i32 %4, ptr %9, align 4
  store double %5, ptr %10, align 8
  %11 = getelementptr inbounds nuw %struct.II, ptr %0, i32 0, i32 0
  %12 = load i32, ptr %11, align 4
  %13 = getelementptr inbounds nuw %struct.II, ptr %0, i32 0, i32 1
  %14 = load i32, ptr %13, align 4
  %15 = add nsw i32 %12, %14
  %16 = getelementptr inbounds nuw %struct.LL, ptr %1, i32 0, i32 0
  %17 = load i64, ptr %16, align 8
  %18 = trunc i64 %17 to i32
  %19 = add nsw i32 %15, %18
  %20 = getelementptr inbounds nuw %struct.LL, ptr %1, i32 0, i32 1
  %21 = load i64, ptr %20, align 8
  %22 = trunc i64 %21 to i32
  %23 = add nsw i32 %19, %22
  %24 = getelementptr inbounds nuw %struct.DD, ptr %2, i32 0, i32 0
  %25 = load double, ptr %24, align 8
  %26 = fptosi double %25 to i32
  %27 = add nsw i32 %23, %26
  %28 = getelementptr inbounds nuw %struct.DD, ptr %2, i32 0, i32 1
  %29 = load double, ptr %28, align 8
  %30 = fptosi double %29 to i32
  %31 = add nsw i32 %27, %30
  %32 = getelementptr inbounds nuw %struct.FF, ptr %3, i32 0, i32 0
  %33 = load float, ptr %32, align 4
  %34 = fptosi float %33 to i32
  %35 = add nsw i32 %31, %34
  %36 = getelementptr inbounds nuw %struct.FF, ptr %3, i32 0, i32 1
  %37 = load float, ptr %36, align 4
  %38 = fptosi float %37 to i32
  %39 = add nsw i32 %35, %38
  %40 = load i32, ptr %9, align 4
  %41 = add nsw i32 %39, %40
  %42 = load double, ptr %10, align 8
  %43 = fptosi double %42 to i32
  %44 = add nsw i32 %41, %43
  %45 = getelementptr inbounds nuw %struct.II, ptr %6, i32 0, i32 0
  %46 = load i32, ptr %45, align 4
  %47 = add nsw i32 %44, %46
  %48 = getelementptr inbounds nuw %struct.II, ptr %6, i32 0, i32 1
  %49 = load i32, ptr %48, align 4
  %50 = sub nsw i32 %47, %49
  %51 = getelementptr inbounds nuw %struct.FF, ptr %7, i32 0, i32 0
  %52 = load float, ptr %51, align 4
  %53 = getelementptr inbounds nuw %struct.FF, ptr %7, i32 0, i32 1
  %54 = load float, ptr %53, align 4
  %55 = fmul float %52, %54
  %56 = fptosi float %55 to i32
  %57 = add nsw i32 %50, %56
  ret i32 %57
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #4

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
