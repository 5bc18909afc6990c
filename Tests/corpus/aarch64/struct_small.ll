; ModuleID = 'struct_small.c'
source_filename = "struct_small.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
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
  %16 = alloca i64, align 8
  %17 = alloca %struct.III, align 4
  %18 = alloca %struct.III, align 4
  %19 = alloca [2 x i64], align 8
  %20 = alloca [2 x i64], align 8
  %21 = alloca %struct.FFF, align 4
  %22 = alloca %struct.FFF, align 4
  %23 = alloca %struct.FFF, align 4
  %24 = alloca %struct.DI, align 8
  %25 = alloca i32, align 4
  %26 = alloca %struct.FF, align 4
  store i32 0, ptr %1, align 4
  %27 = call i64 @ii_make(i32 noundef 3, i32 noundef -4)
  store i64 %27, ptr %2, align 4
  %28 = load i64, ptr %2, align 4
  %29 = call i64 @ii_swap(i64 %28)
  store i64 %29, ptr %3, align 4
  %30 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 0
  %31 = load i32, ptr %30, align 4
  %32 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 1
  %33 = load i32, ptr %32, align 4
  %34 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 0
  %35 = load i32, ptr %34, align 4
  %36 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 1
  %37 = load i32, ptr %36, align 4
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %31, i32 noundef %33, i32 noundef %35, i32 noundef %37)
  %39 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 0
  store i64 10000000000, ptr %39, align 8
  %40 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 1
  store i64 -1, ptr %40, align 8
  %41 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 0
  store i64 5, ptr %41, align 8
  %42 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 1
  store i64 20000000000, ptr %42, align 8
  %43 = load [2 x i64], ptr %5, align 8
  %44 = load [2 x i64], ptr %6, align 8
  %45 = call [2 x i64] @ll_add([2 x i64] %43, [2 x i64] %44)
  store [2 x i64] %45, ptr %4, align 8
  %46 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 0
  %47 = load i64, ptr %46, align 8
  %48 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 1
  %49 = load i64, ptr %48, align 8
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %47, i64 noundef %49)
  %51 = getelementptr inbounds nuw %struct.DD, ptr %8, i32 0, i32 0
  store double 1.500000e+00, ptr %51, align 8
  %52 = getelementptr inbounds nuw %struct.DD, ptr %8, i32 0, i32 1
  store double -2.250000e+00, ptr %52, align 8
  %53 = load [2 x double], ptr %8, align 8
  %54 = call %struct.DD @dd_scale([2 x double] alignstack(8) %53, double noundef 4.000000e+00)
  %55 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 0
  %56 = extractvalue %struct.DD %54, 0
  store double %56, ptr %55, align 8
  %57 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 1
  %58 = extractvalue %struct.DD %54, 1
  store double %58, ptr %57, align 8
  %59 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 0
  %60 = load double, ptr %59, align 8
  %61 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 1
  %62 = load double, ptr %61, align 8
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %60, double noundef %62)
  %64 = getelementptr inbounds nuw %struct.FF, ptr %10, i32 0, i32 0
  store float 1.000000e+00, ptr %64, align 4
  %65 = getelementptr inbounds nuw %struct.FF, ptr %10, i32 0, i32 1
  store float 2.000000e+00, ptr %65, align 4
  %66 = getelementptr inbounds nuw %struct.FF, ptr %11, i32 0, i32 0
  store float 5.000000e-01, ptr %66, align 4
  %67 = getelementptr inbounds nuw %struct.FF, ptr %11, i32 0, i32 1
  store float 2.500000e-01, ptr %67, align 4
  %68 = load [2 x float], ptr %10, align 4
  %69 = load [2 x float], ptr %11, align 4
  %70 = call %struct.FF @ff_add([2 x float] alignstack(8) %68, [2 x float] alignstack(8) %69)
  %71 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 0
  %72 = extractvalue %struct.FF %70, 0
  store float %72, ptr %71, align 4
  %73 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 1
  %74 = extractvalue %struct.FF %70, 1
  store float %74, ptr %73, align 4
  %75 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 0
  %76 = load float, ptr %75, align 4
  %77 = fpext float %76 to double
  %78 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 1
  %79 = load float, ptr %78, align 4
  %80 = fpext float %79 to double
  %81 = load [2 x float], ptr %9, align 4
  %82 = load [2 x float], ptr %9, align 4
  %83 = call float @ff_dot([2 x float] alignstack(8) %81, [2 x float] alignstack(8) %82)
  %84 = fpext float %83 to double
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %77, double noundef %80, double noundef %84)
  %86 = getelementptr inbounds nuw %struct.FI, ptr %13, i32 0, i32 0
  store float 5.000000e-01, ptr %86, align 4
  %87 = getelementptr inbounds nuw %struct.FI, ptr %13, i32 0, i32 1
  store i32 7, ptr %87, align 4
  %88 = load i64, ptr %13, align 4
  %89 = call i64 @fi_mix(i64 %88)
  store i64 %89, ptr %12, align 4
  %90 = getelementptr inbounds nuw %struct.FI, ptr %12, i32 0, i32 0
  %91 = load float, ptr %90, align 4
  %92 = fpext float %91 to double
  %93 = getelementptr inbounds nuw %struct.FI, ptr %12, i32 0, i32 1
  %94 = load i32, ptr %93, align 4
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %92, i32 noundef %94)
  %96 = getelementptr inbounds nuw %struct.CS, ptr %15, i32 0, i32 0
  store i8 65, ptr %96, align 2
  %97 = getelementptr i8, ptr %15, i64 1
  call void @llvm.memset.p0.i64(ptr align 1 %97, i8 0, i64 1, i1 false)
  %98 = getelementptr inbounds nuw %struct.CS, ptr %15, i32 0, i32 1
  store i16 -300, ptr %98, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %16, ptr align 2 %15, i64 4, i1 false)
  %99 = load i64, ptr %16, align 8
  %100 = call i32 @cs_inc(i64 %99)
  store i32 %100, ptr %14, align 2
  %101 = getelementptr inbounds nuw %struct.CS, ptr %14, i32 0, i32 0
  %102 = load i8, ptr %101, align 2
  %103 = zext i8 %102 to i32
  %104 = getelementptr inbounds nuw %struct.CS, ptr %14, i32 0, i32 1
  %105 = load i16, ptr %104, align 2
  %106 = sext i16 %105 to i32
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %103, i32 noundef %106)
  %108 = getelementptr inbounds nuw %struct.III, ptr %18, i32 0, i32 0
  store i32 1, ptr %108, align 4
  %109 = getelementptr inbounds nuw %struct.III, ptr %18, i32 0, i32 1
  store i32 2, ptr %109, align 4
  %110 = getelementptr inbounds nuw %struct.III, ptr %18, i32 0, i32 2
  store i32 3, ptr %110, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %19, ptr align 4 %18, i64 12, i1 false)
  %111 = load [2 x i64], ptr %19, align 8
  %112 = call [2 x i64] @iii_rot([2 x i64] %111)
  store [2 x i64] %112, ptr %20, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %17, ptr align 8 %20, i64 12, i1 false)
  %113 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 0
  %114 = load i32, ptr %113, align 4
  %115 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 1
  %116 = load i32, ptr %115, align 4
  %117 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 2
  %118 = load i32, ptr %117, align 4
  %119 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %114, i32 noundef %116, i32 noundef %118)
  %120 = getelementptr inbounds nuw %struct.FFF, ptr %22, i32 0, i32 0
  store float 1.000000e+00, ptr %120, align 4
  %121 = getelementptr inbounds nuw %struct.FFF, ptr %22, i32 0, i32 1
  store float 0.000000e+00, ptr %121, align 4
  %122 = getelementptr inbounds nuw %struct.FFF, ptr %22, i32 0, i32 2
  store float 0.000000e+00, ptr %122, align 4
  %123 = getelementptr inbounds nuw %struct.FFF, ptr %23, i32 0, i32 0
  store float 0.000000e+00, ptr %123, align 4
  %124 = getelementptr inbounds nuw %struct.FFF, ptr %23, i32 0, i32 1
  store float 1.000000e+00, ptr %124, align 4
  %125 = getelementptr inbounds nuw %struct.FFF, ptr %23, i32 0, i32 2
  store float 0.000000e+00, ptr %125, align 4
  %126 = load [3 x float], ptr %22, align 4
  %127 = load [3 x float], ptr %23, align 4
  %128 = call %struct.FFF @fff_cross([3 x float] alignstack(8) %126, [3 x float] alignstack(8) %127)
  %129 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 0
  %130 = extractvalue %struct.FFF %128, 0
  store float %130, ptr %129, align 4
  %131 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 1
  %132 = extractvalue %struct.FFF %128, 1
  store float %132, ptr %131, align 4
  %133 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 2
  %134 = extractvalue %struct.FFF %128, 2
  store float %134, ptr %133, align 4
  %135 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 0
  %136 = load float, ptr %135, align 4
  %137 = fpext float %136 to double
  %138 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 1
  %139 = load float, ptr %138, align 4
  %140 = fpext float %139 to double
  %141 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 2
  %142 = load float, ptr %141, align 4
  %143 = fpext float %142 to double
  %144 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %137, double noundef %140, double noundef %143)
  %145 = call [2 x i64] @di_make(double noundef 2.750000e+00, i32 noundef -9)
  store [2 x i64] %145, ptr %24, align 8
  %146 = getelementptr inbounds nuw %struct.DI, ptr %24, i32 0, i32 0
  %147 = load double, ptr %146, align 8
  %148 = getelementptr inbounds nuw %struct.DI, ptr %24, i32 0, i32 1
  %149 = load i32, ptr %148, align 8
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %147, i32 noundef %149)
  %151 = getelementptr inbounds nuw %struct.FF, ptr %26, i32 0, i32 0
  store float 2.000000e+00, ptr %151, align 4
  %152 = getelementptr inbounds nuw %struct.FF, ptr %26, i32 0, i32 1
  store float 3.000000e+00, ptr %152, align 4
  %153 = load i64, ptr %2, align 4
  %154 = load [2 x i64], ptr %4, align 8
  %155 = load [2 x double], ptr %7, align 8
  %156 = load [2 x float], ptr %9, align 4
  %157 = load i64, ptr %3, align 4
  %158 = load [2 x float], ptr %26, align 4
  %159 = call i32 @many(i64 %153, [2 x i64] %154, [2 x double] alignstack(8) %155, [2 x float] alignstack(8) %156, i32 noundef 100, double noundef 5.000000e-01, i64 %157, [2 x float] alignstack(8) %158)
  store i32 %159, ptr %25, align 4
  %160 = load i32, ptr %25, align 4
  %161 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %160)
  %162 = load i32, ptr %25, align 4
  %163 = and i32 %162, 63
  ret i32 %163
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @ii_make(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca %struct.II, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %6 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 0
  %7 = load i32, ptr %4, align 4
  store i32 %7, ptr %6, align 4
  %8 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 1
  %9 = load i32, ptr %5, align 4
  store i32 %9, ptr %8, align 4
  %10 = load i64, ptr %3, align 4
  ret i64 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @ii_swap(i64 %0) #0 {
  %2 = alloca %struct.II, align 4
  %3 = alloca %struct.II, align 4
  store i64 %0, ptr %3, align 4
  %4 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 0
  %5 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 1
  %6 = load i32, ptr %5, align 4
  store i32 %6, ptr %4, align 4
  %7 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 1
  %8 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 0
  %9 = load i32, ptr %8, align 4
  store i32 %9, ptr %7, align 4
  %10 = load i64, ptr %2, align 4
  ret i64 %10
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal [2 x i64] @ll_add([2 x i64] %0, [2 x i64] %1) #0 {
  %3 = alloca %struct.LL, align 8
  %4 = alloca %struct.LL, align 8
  %5 = alloca %struct.LL, align 8
  store [2 x i64] %0, ptr %4, align 8
  store [2 x i64] %1, ptr %5, align 8
  %6 = getelementptr inbounds nuw %struct.LL, ptr %3, i32 0, i32 0
  %7 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 0
  %8 = load i64, ptr %7, align 8
  %9 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 0
  %10 = load i64, ptr %9, align 8
  %11 = add nsw i64 %8, %10
  store i64 %11, ptr %6, align 8
  %12 = getelementptr inbounds nuw %struct.LL, ptr %3, i32 0, i32 1
  %13 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 1
  %14 = load i64, ptr %13, align 8
  %15 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 1
  %16 = load i64, ptr %15, align 8
  %17 = add nsw i64 %14, %16
  store i64 %17, ptr %12, align 8
  %18 = load [2 x i64], ptr %3, align 8
  ret [2 x i64] %18
}

; Function Attrs: noinline nounwind optnone uwtable
define internal %struct.DD @dd_scale([2 x double] alignstack(8) %0, double noundef %1) #0 {
  %3 = alloca %struct.DD, align 8
  %4 = alloca %struct.DD, align 8
  %5 = alloca double, align 8
  store [2 x double] %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  %6 = load double, ptr %5, align 8
  %7 = getelementptr inbounds nuw %struct.DD, ptr %4, i32 0, i32 0
  %8 = load double, ptr %7, align 8
  %9 = fmul double %8, %6
  store double %9, ptr %7, align 8
  %10 = load double, ptr %5, align 8
  %11 = getelementptr inbounds nuw %struct.DD, ptr %4, i32 0, i32 1
  %12 = load double, ptr %11, align 8
  %13 = fmul double %12, %10
  store double %13, ptr %11, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %4, i64 16, i1 false)
  %14 = load %struct.DD, ptr %3, align 8
  ret %struct.DD %14
}

; Function Attrs: noinline nounwind optnone uwtable
define internal %struct.FF @ff_add([2 x float] alignstack(8) %0, [2 x float] alignstack(8) %1) #0 {
  %3 = alloca %struct.FF, align 4
  %4 = alloca %struct.FF, align 4
  %5 = alloca %struct.FF, align 4
  store [2 x float] %0, ptr %4, align 4
  store [2 x float] %1, ptr %5, align 4
  %6 = getelementptr inbounds nuw %struct.FF, ptr %3, i32 0, i32 0
  %7 = getelementptr inbounds nuw %struct.FF, ptr %4, i32 0, i32 0
  %8 = load float, ptr %7, align 4
  %9 = getelementptr inbounds nuw %struct.FF, ptr %5, i32 0, i32 0
  %10 = load float, ptr %9, align 4
  %11 = fadd float %8, %10
  store float %11, ptr %6, align 4
  %12 = getelementptr inbounds nuw %struct.FF, ptr %3, i32 0, i32 1
  %13 = getelementptr inbounds nuw %struct.FF, ptr %4, i32 0, i32 1
  %14 = load float, ptr %13, align 4
  %15 = getelementptr inbounds nuw %struct.FF, ptr %5, i32 0, i32 1
  %16 = load float, ptr %15, align 4
  %17 = fadd float %14, %16
  store float %17, ptr %12, align 4
  %18 = load %struct.FF, ptr %3, align 4
  ret %struct.FF %18
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @ff_dot([2 x float] alignstack(8) %0, [2 x float] alignstack(8) %1) #0 {
  %3 = alloca %struct.FF, align 4
  %4 = alloca %struct.FF, align 4
  store [2 x float] %0, ptr %3, align 4
  store [2 x float] %1, ptr %4, align 4
  %5 = getelementptr inbounds nuw %struct.FF, ptr %3, i32 0, i32 0
  %6 = load float, ptr %5, align 4
  %7 = getelementptr inbounds nuw %struct.FF, ptr %4, i32 0, i32 0
  %8 = load float, ptr %7, align 4
  %9 = getelementptr inbounds nuw %struct.FF, ptr %3, i32 0, i32 1
  %10 = load float, ptr %9, align 4
  %11 = getelementptr inbounds nuw %struct.FF, ptr %4, i32 0, i32 1
  %12 = load float, ptr %11, align 4
  %13 = fmul float %10, %12
  %14 = call float @llvm.fmuladd.f32(float %6, float %8, float %13)
  ret float %14
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @fi_mix(i64 %0) #0 {
  %2 = alloca %struct.FI, align 4
  %3 = alloca %struct.FI, align 4
  store i64 %0, ptr %3, align 4
  %4 = getelementptr inbounds nuw %struct.FI, ptr %3, i32 0, i32 1
  %5 = load i32, ptr %4, align 4
  %6 = sitofp i32 %5 to float
  %7 = getelementptr inbounds nuw %struct.FI, ptr %3, i32 0, i32 0
  %8 = load float, ptr %7, align 4
  %9 = fadd float %8, %6
  store float %9, ptr %7, align 4
  %10 = getelementptr inbounds nuw %struct.FI, ptr %3, i32 0, i32 1
  %11 = load i32, ptr %10, align 4
  %12 = mul nsw i32 %11, 2
  store i32 %12, ptr %10, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 %3, i64 8, i1 false)
  %13 = load i64, ptr %2, align 4
  ret i64 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cs_inc(i64 %0) #0 {
  %2 = alloca %struct.CS, align 2
  %3 = alloca %struct.CS, align 2
  %4 = trunc i64 %0 to i32
  store i32 %4, ptr %3, align 2
  %5 = getelementptr inbounds nuw %struct.CS, ptr %3, i32 0, i32 0
  %6 = load i8, ptr %5, align 2
  %7 = add i8 %6, 1
  store i8 %7, ptr %5, align 2
  %8 = getelementptr inbounds nuw %struct.CS, ptr %3, i32 0, i32 1
  %9 = load i16, ptr %8, align 2
  %10 = add i16 %9, -1
  store i16 %10, ptr %8, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %2, ptr align 2 %3, i64 4, i1 false)
  %11 = load i32, ptr %2, align 2
  ret i32 %11
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal [2 x i64] @iii_rot([2 x i64] %0) #0 {
  %2 = alloca %struct.III, align 4
  %3 = alloca %struct.III, align 4
  %4 = alloca [2 x i64], align 8
  %5 = alloca [2 x i64], align 8
  store [2 x i64] %0, ptr %4, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 8 %4, i64 12, i1 false)
  %6 = getelementptr inbounds nuw %struct.III, ptr %2, i32 0, i32 0
  %7 = getelementptr inbounds nuw %struct.III, ptr %3, i32 0, i32 1
  %8 = load i32, ptr %7, align 4
  store i32 %8, ptr %6, align 4
  %9 = getelementptr inbounds nuw %struct.III, ptr %2, i32 0, i32 1
  %10 = getelementptr inbounds nuw %struct.III, ptr %3, i32 0, i32 2
  %11 = load i32, ptr %10, align 4
  store i32 %11, ptr %9, align 4
  %12 = getelementptr inbounds nuw %struct.III, ptr %2, i32 0, i32 2
  %13 = getelementptr inbounds nuw %struct.III, ptr %3, i32 0, i32 0
  %14 = load i32, ptr %13, align 4
  store i32 %14, ptr %12, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 4 %2, i64 12, i1 false)
  %15 = load [2 x i64], ptr %5, align 8
  ret [2 x i64] %15
}

; Function Attrs: noinline nounwind optnone uwtable
define internal %struct.FFF @fff_cross([3 x float] alignstack(8) %0, [3 x float] alignstack(8) %1) #0 {
  %3 = alloca %struct.FFF, align 4
  %4 = alloca %struct.FFF, align 4
  %5 = alloca %struct.FFF, align 4
  store [3 x float] %0, ptr %4, align 4
  store [3 x float] %1, ptr %5, align 4
  %6 = getelementptr inbounds nuw %struct.FFF, ptr %3, i32 0, i32 0
  %7 = getelementptr inbounds nuw %struct.FFF, ptr %4, i32 0, i32 1
  %8 = load float, ptr %7, align 4
  %9 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 2
  %10 = load float, ptr %9, align 4
  %11 = getelementptr inbounds nuw %struct.FFF, ptr %4, i32 0, i32 2
  %12 = load float, ptr %11, align 4
  %13 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 1
  %14 = load float, ptr %13, align 4
  %15 = fmul float %12, %14
  %16 = fneg float %15
  %17 = call float @llvm.fmuladd.f32(float %8, float %10, float %16)
  store float %17, ptr %6, align 4
  %18 = getelementptr inbounds nuw %struct.FFF, ptr %3, i32 0, i32 1
  %19 = getelementptr inbounds nuw %struct.FFF, ptr %4, i32 0, i32 2
  %20 = load float, ptr %19, align 4
  %21 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 0
  %22 = load float, ptr %21, align 4
  %23 = getelementptr inbounds nuw %struct.FFF, ptr %4, i32 0, i32 0
  %24 = load float, ptr %23, align 4
  %25 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 2
  %26 = load float, ptr %25, align 4
  %27 = fmul float %24, %26
  %28 = fneg float %27
  %29 = call float @llvm.fmuladd.f32(float %20, float %22, float %28)
  store float %29, ptr %18, align 4
  %30 = getelementptr inbounds nuw %struct.FFF, ptr %3, i32 0, i32 2
  %31 = getelementptr inbounds nuw %struct.FFF, ptr %4, i32 0, i32 0
  %32 = load float, ptr %31, align 4
  %33 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 1
  %34 = load float, ptr %33, align 4
  %35 = getelementptr inbounds nuw %struct.FFF, ptr %4, i32 0, i32 1
  %36 = load float, ptr %35, align 4
  %37 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 0
  %38 = load float, ptr %37, align 4
  %39 = fmul float %36, %38
  %40 = fneg float %39
  %41 = call float @llvm.fmuladd.f32(float %32, float %34, float %40)
  store float %41, ptr %30, align 4
  %42 = load %struct.FFF, ptr %3, align 4
  ret %struct.FFF %42
}

; Function Attrs: noinline nounwind optnone uwtable
define internal [2 x i64] @di_make(double noundef %0, i32 noundef %1) #0 {
  %3 = alloca %struct.DI, align 8
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  store double %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  %6 = load double, ptr %4, align 8
  %7 = getelementptr inbounds nuw %struct.DI, ptr %3, i32 0, i32 0
  store double %6, ptr %7, align 8
  %8 = load i32, ptr %5, align 4
  %9 = getelementptr inbounds nuw %struct.DI, ptr %3, i32 0, i32 1
  store i32 %8, ptr %9, align 8
  %10 = load [2 x i64], ptr %3, align 8
  ret [2 x i64] %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @many(i64 %0, [2 x i64] %1, [2 x double] alignstack(8) %2, [2 x float] alignstack(8) %3, i32 noundef %4, double noundef %5, i64 %6, [2 x float] alignstack(8) %7) #0 {
  %9 = alloca %struct.II, align 4
  %10 = alloca %struct.LL, align 8
  %11 = alloca %struct.DD, align 8
  %12 = alloca %struct.FF, align 4
  %13 = alloca %struct.II, align 4
  %14 = alloca %struct.FF, align 4
  %15 = alloca i32, align 4
  %16 = alloca double, align 8
  store i64 %0, ptr %9, align 4
  store [2 x i64] %1, ptr %10, align 8
  store [2 x double] %2, ptr %11, align 8
  store [2 x float] %3, ptr %12, align 4
  store i64 %6, ptr %13, align 4
  store [2 x float] %7, ptr %14, align 4
  store i32 %4, ptr %15, align 4
  store double %5, ptr %16, align 8
  %17 = getelementptr inbounds nuw %struct.II, ptr %9, i32 0, i32 0
  %18 = load i32, ptr %17, align 4
  %19 = getelementptr inbounds nuw %struct.II, ptr %9, i32 0, i32 1
  %20 = load i32, ptr %19, align 4
  %21 = add nsw i32 %18, %20
  %22 = getelementptr inbounds nuw %struct.LL, ptr %10, i32 0, i32 0
  %23 = load i64, ptr %22, align 8
  %24 = trunc i64 %23 to i32
  %25 = add nsw i32 %21, %24
  %26 = getelementptr inbounds nuw %struct.LL, ptr %10, i32 0, i32 1
  %27 = load i64, ptr %26, align 8
  %28 = trunc i64 %27 to i32
  %29 = add nsw i32 %25, %28
  %30 = getelementptr inbounds nuw %struct.DD, ptr %11, i32 0, i32 0
  %31 = load double, ptr %30, align 8
  %32 = fptosi double %31 to i32
  %33 = add nsw i32 %29, %32
  %34 = getelementptr inbounds nuw %struct.DD, ptr %11, i32 0, i32 1
  %35 = load double, ptr %34, align 8
  %36 = fptosi double %35 to i32
  %37 = add nsw i32 %33, %36
  %38 = getelementptr inbounds nuw %struct.FF, ptr %12, i32 0, i32 0
  %39 = load float, ptr %38, align 4
  %40 = fptosi float %39 to i32
  %41 = add nsw i32 %37, %40
  %42 = getelementptr inbounds nuw %struct.FF, ptr %12, i32 0, i32 1
  %43 = load float, ptr %42, align 4
  %44 = fptosi float %43 to i32
  %45 = add nsw i32 %41, %44
  %46 = load i32, ptr %15, align 4
  %47 = add nsw i32 %45, %46
  %48 = load double, ptr %16, align 8
  %49 = fptosi double %48 to i32
  %50 = add nsw i32 %47, %49
  %51 = getelementptr inbounds nuw %struct.II, ptr %13, i32 0, i32 0
  %52 = load i32, ptr %51, align 4
  %53 = add nsw i32 %50, %52
  %54 = getelementptr inbounds nuw %struct.II, ptr %13, i32 0, i32 1
  %55 = load i32, ptr %54, align 4
  %56 = sub nsw i32 %53, %55
  %57 = getelementptr inbounds nuw %struct.FF, ptr %14, i32 0, i32 0
  %58 = load float, ptr %57, align 4
  %59 = getelementptr inbounds nuw %struct.FF, ptr %14, i32 0, i32 1
  %60 = load float, ptr %59, align 4
  %61 = fmul float %58, %60
  %62 = fptosi float %61 to i32
  %63 = add nsw i32 %56, %62
  ret i32 %63
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
