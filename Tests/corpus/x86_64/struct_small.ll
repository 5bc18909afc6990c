; ModuleID = 'struct_small.c'
source_filename = "struct_small.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
  %16 = alloca %struct.III, align 4
  %17 = alloca %struct.III, align 4
  %18 = alloca { i64, i32 }, align 4
  %19 = alloca { i64, i32 }, align 8
  %20 = alloca %struct.FFF, align 4
  %21 = alloca %struct.FFF, align 4
  %22 = alloca %struct.FFF, align 4
  %23 = alloca { <2 x float>, float }, align 4
  %24 = alloca { <2 x float>, float }, align 4
  %25 = alloca { <2 x float>, float }, align 8
  %26 = alloca %struct.DI, align 8
  %27 = alloca i32, align 4
  %28 = alloca %struct.FF, align 4
  store i32 0, ptr %1, align 4
  %29 = call i64 @ii_make(i32 noundef 3, i32 noundef -4)
  store i64 %29, ptr %2, align 4
  %30 = load i64, ptr %2, align 4
  %31 = call i64 @ii_swap(i64 %30)
  store i64 %31, ptr %3, align 4
  %32 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 0
  %33 = load i32, ptr %32, align 4
  %34 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 1
  %35 = load i32, ptr %34, align 4
  %36 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 0
  %37 = load i32, ptr %36, align 4
  %38 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 1
  %39 = load i32, ptr %38, align 4
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %33, i32 noundef %35, i32 noundef %37, i32 noundef %39)
  %41 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 0
  store i64 10000000000, ptr %41, align 8
  %42 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 1
  store i64 -1, ptr %42, align 8
  %43 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 0
  store i64 5, ptr %43, align 8
  %44 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 1
  store i64 20000000000, ptr %44, align 8
  %45 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  %46 = load i64, ptr %45, align 8
  %47 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  %48 = load i64, ptr %47, align 8
  %49 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  %50 = load i64, ptr %49, align 8
  %51 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  %52 = load i64, ptr %51, align 8
  %53 = call { i64, i64 } @ll_add(i64 %46, i64 %48, i64 %50, i64 %52)
  %54 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 0
  %55 = extractvalue { i64, i64 } %53, 0
  store i64 %55, ptr %54, align 8
  %56 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 1
  %57 = extractvalue { i64, i64 } %53, 1
  store i64 %57, ptr %56, align 8
  %58 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 0
  %59 = load i64, ptr %58, align 8
  %60 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 1
  %61 = load i64, ptr %60, align 8
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %59, i64 noundef %61)
  %63 = getelementptr inbounds nuw %struct.DD, ptr %8, i32 0, i32 0
  store double 1.500000e+00, ptr %63, align 8
  %64 = getelementptr inbounds nuw %struct.DD, ptr %8, i32 0, i32 1
  store double -2.250000e+00, ptr %64, align 8
  %65 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 0
  %66 = load double, ptr %65, align 8
  %67 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 1
  %68 = load double, ptr %67, align 8
  %69 = call { double, double } @dd_scale(double %66, double %68, double noundef 4.000000e+00)
  %70 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0
  %71 = extractvalue { double, double } %69, 0
  store double %71, ptr %70, align 8
  %72 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1
  %73 = extractvalue { double, double } %69, 1
  store double %73, ptr %72, align 8
  %74 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 0
  %75 = load double, ptr %74, align 8
  %76 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 1
  %77 = load double, ptr %76, align 8
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %75, double noundef %77)
  %79 = getelementptr inbounds nuw %struct.FF, ptr %10, i32 0, i32 0
  store float 1.000000e+00, ptr %79, align 4
  %80 = getelementptr inbounds nuw %struct.FF, ptr %10, i32 0, i32 1
  store float 2.000000e+00, ptr %80, align 4
  %81 = getelementptr inbounds nuw %struct.FF, ptr %11, i32 0, i32 0
  store float 5.000000e-01, ptr %81, align 4
  %82 = getelementptr inbounds nuw %struct.FF, ptr %11, i32 0, i32 1
  store float 2.500000e-01, ptr %82, align 4
  %83 = load <2 x float>, ptr %10, align 4
  %84 = load <2 x float>, ptr %11, align 4
  %85 = call <2 x float> @ff_add(<2 x float> %83, <2 x float> %84)
  store <2 x float> %85, ptr %9, align 4
  %86 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 0
  %87 = load float, ptr %86, align 4
  %88 = fpext float %87 to double
  %89 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 1
  %90 = load float, ptr %89, align 4
  %91 = fpext float %90 to double
  %92 = load <2 x float>, ptr %9, align 4
  %93 = load <2 x float>, ptr %9, align 4
  %94 = call float @ff_dot(<2 x float> %92, <2 x float> %93)
  %95 = fpext float %94 to double
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %88, double noundef %91, double noundef %95)
  %97 = getelementptr inbounds nuw %struct.FI, ptr %13, i32 0, i32 0
  store float 5.000000e-01, ptr %97, align 4
  %98 = getelementptr inbounds nuw %struct.FI, ptr %13, i32 0, i32 1
  store i32 7, ptr %98, align 4
  %99 = load i64, ptr %13, align 4
  %100 = call i64 @fi_mix(i64 %99)
  store i64 %100, ptr %12, align 4
  %101 = getelementptr inbounds nuw %struct.FI, ptr %12, i32 0, i32 0
  %102 = load float, ptr %101, align 4
  %103 = fpext float %102 to double
  %104 = getelementptr inbounds nuw %struct.FI, ptr %12, i32 0, i32 1
  %105 = load i32, ptr %104, align 4
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %103, i32 noundef %105)
  %107 = getelementptr inbounds nuw %struct.CS, ptr %15, i32 0, i32 0
  store i8 65, ptr %107, align 2
  %108 = getelementptr i8, ptr %15, i64 1
  call void @llvm.memset.p0.i64(ptr align 1 %108, i8 0, i64 1, i1 false)
  %109 = getelementptr inbounds nuw %struct.CS, ptr %15, i32 0, i32 1
  store i16 -300, ptr %109, align 2
  %110 = load i32, ptr %15, align 2
  %111 = call i32 @cs_inc(i32 %110)
  store i32 %111, ptr %14, align 2
  %112 = getelementptr inbounds nuw %struct.CS, ptr %14, i32 0, i32 0
  %113 = load i8, ptr %112, align 2
  %114 = sext i8 %113 to i32
  %115 = getelementptr inbounds nuw %struct.CS, ptr %14, i32 0, i32 1
  %116 = load i16, ptr %115, align 2
  %117 = sext i16 %116 to i32
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %114, i32 noundef %117)
  %119 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 0
  store i32 1, ptr %119, align 4
  %120 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 1
  store i32 2, ptr %120, align 4
  %121 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 2
  store i32 3, ptr %121, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %18, ptr align 4 %17, i64 12, i1 false)
  %122 = getelementptr inbounds nuw { i64, i32 }, ptr %18, i32 0, i32 0
  %123 = load i64, ptr %122, align 4
  %124 = getelementptr inbounds nuw { i64, i32 }, ptr %18, i32 0, i32 1
  %125 = load i32, ptr %124, align 4
  %126 = call { i64, i32 } @iii_rot(i64 %123, i32 %125)
  store { i64, i32 } %126, ptr %19, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %16, ptr align 8 %19, i64 12, i1 false)
  %127 = getelementptr inbounds nuw %struct.III, ptr %16, i32 0, i32 0
  %128 = load i32, ptr %127, align 4
  %129 = getelementptr inbounds nuw %struct.III, ptr %16, i32 0, i32 1
  %130 = load i32, ptr %129, align 4
  %131 = getelementptr inbounds nuw %struct.III, ptr %16, i32 0, i32 2
  %132 = load i32, ptr %131, align 4
  %133 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %128, i32 noundef %130, i32 noundef %132)
  %134 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 0
  store float 1.000000e+00, ptr %134, align 4
  %135 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 1
  store float 0.000000e+00, ptr %135, align 4
  %136 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 2
  store float 0.000000e+00, ptr %136, align 4
  %137 = getelementptr inbounds nuw %struct.FFF, ptr %22, i32 0, i32 0
  store float 0.000000e+00, ptr %137, align 4
  %138 = getelementptr inbounds nuw %struct.FFF, ptr %22, i32 0, i32 1
  store float 1.000000e+00, ptr %138, align 4
  %139 = getelementptr inbounds nuw %struct.FFF, ptr %22, i32 0, i32 2
  store float 0.000000e+00, ptr %139, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %23, ptr align 4 %21, i64 12, i1 false)
  %140 = getelementptr inbounds nuw { <2 x float>, float }, ptr %23, i32 0, i32 0
  %141 = load <2 x float>, ptr %140, align 4
  %142 = getelementptr inbounds nuw { <2 x float>, float }, ptr %23, i32 0, i32 1
  %143 = load float, ptr %142, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %24, ptr align 4 %22, i64 12, i1 false)
  %144 = getelementptr inbounds nuw { <2 x float>, float }, ptr %24, i32 0, i32 0
  %145 = load <2 x float>, ptr %144, align 4
  %146 = getelementptr inbounds nuw { <2 x float>, float }, ptr %24, i32 0, i32 1
  %147 = load float, ptr %146, align 4
  %148 = call { <2 x float>, float } @fff_cross(<2 x float> %141, float %143, <2 x float> %145, float %147)
  store { <2 x float>, float } %148, ptr %25, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %20, ptr align 8 %25, i64 12, i1 false)
  %149 = getelementptr inbounds nuw %struct.FFF, ptr %20, i32 0, i32 0
  %150 = load float, ptr %149, align 4
  %151 = fpext float %150 to double
  %152 = getelementptr inbounds nuw %struct.FFF, ptr %20, i32 0, i32 1
  %153 = load float, ptr %152, align 4
  %154 = fpext float %153 to double
  %155 = getelementptr inbounds nuw %struct.FFF, ptr %20, i32 0, i32 2
  %156 = load float, ptr %155, align 4
  %157 = fpext float %156 to double
  %158 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %151, double noundef %154, double noundef %157)
  %159 = call { double, i32 } @di_make(double noundef 2.750000e+00, i32 noundef -9)
  %160 = getelementptr inbounds nuw { double, i32 }, ptr %26, i32 0, i32 0
  %161 = extractvalue { double, i32 } %159, 0
  store double %161, ptr %160, align 8
  %162 = getelementptr inbounds nuw { double, i32 }, ptr %26, i32 0, i32 1
  %163 = extractvalue { double, i32 } %159, 1
  store i32 %163, ptr %162, align 8
  %164 = getelementptr inbounds nuw %struct.DI, ptr %26, i32 0, i32 0
  %165 = load double, ptr %164, align 8
  %166 = getelementptr inbounds nuw %struct.DI, ptr %26, i32 0, i32 1
  %167 = load i32, ptr %166, align 8
  %168 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %165, i32 noundef %167)
  %169 = getelementptr inbounds nuw %struct.FF, ptr %28, i32 0, i32 0
  store float 2.000000e+00, ptr %169, align 4
  %170 = getelementptr inbounds nuw %struct.FF, ptr %28, i32 0, i32 1
  store float 3.000000e+00, ptr %170, align 4
  %171 = load i64, ptr %2, align 4
  %172 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 0
  %173 = load i64, ptr %172, align 8
  %174 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 1
  %175 = load i64, ptr %174, align 8
  %176 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0
  %177 = load double, ptr %176, align 8
  %178 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1
  %179 = load double, ptr %178, align 8
  %180 = load <2 x float>, ptr %9, align 4
  %181 = load i64, ptr %3, align 4
  %182 = load <2 x float>, ptr %28, align 4
  %183 = call i32 @many(i64 %171, i64 %173, i64 %175, double %177, double %179, <2 x float> %180, i32 noundef 100, double noundef 5.000000e-01, i64 %181, <2 x float> %182)
  store i32 %183, ptr %27, align 4
  %184 = load i32, ptr %27, align 4
  %185 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %184)
  %186 = load i32, ptr %27, align 4
  %187 = and i32 %186, 63
  ret i32 %187
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @ii_make(i32 noundef %0, i32 noundef %1) #1 {
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
define internal i64 @ii_swap(i64 %0) #1 {
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

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal { i64, i64 } @ll_add(i64 %0, i64 %1, i64 %2, i64 %3) #1 {
  %5 = alloca %struct.LL, align 8
  %6 = alloca %struct.LL, align 8
  %7 = alloca %struct.LL, align 8
  %8 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %8, align 8
  %9 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %9, align 8
  %10 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 0
  store i64 %2, ptr %10, align 8
  %11 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %11, align 8
  %12 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 0
  %13 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 0
  %14 = load i64, ptr %13, align 8
  %15 = getelementptr inbounds nuw %struct.LL, ptr %7, i32 0, i32 0
  %16 = load i64, ptr %15, align 8
  %17 = add nsw i64 %14, %16
  store i64 %17, ptr %12, align 8
  %18 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 1
  %19 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 1
  %20 = load i64, ptr %19, align 8
  %21 = getelementptr inbounds nuw %struct.LL, ptr %7, i32 0, i32 1
  %22 = load i64, ptr %21, align 8
  %23 = add nsw i64 %20, %22
  store i64 %23, ptr %18, align 8
  %24 = load { i64, i64 }, ptr %5, align 8
  ret { i64, i64 } %24
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { double, double } @dd_scale(double %0, double %1, double noundef %2) #1 {
  %4 = alloca %struct.DD, align 8
  %5 = alloca %struct.DD, align 8
  %6 = alloca double, align 8
  %7 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 0
  store double %0, ptr %7, align 8
  %8 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 1
  store double %1, ptr %8, align 8
  store double %2, ptr %6, align 8
  %9 = load double, ptr %6, align 8
  %10 = getelementptr inbounds nuw %struct.DD, ptr %5, i32 0, i32 0
  %11 = load double, ptr %10, align 8
  %12 = fmul double %11, %9
  store double %12, ptr %10, align 8
  %13 = load double, ptr %6, align 8
  %14 = getelementptr inbounds nuw %struct.DD, ptr %5, i32 0, i32 1
  %15 = load double, ptr %14, align 8
  %16 = fmul double %15, %13
  store double %16, ptr %14, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 %5, i64 16, i1 false)
  %17 = load { double, double }, ptr %4, align 8
  ret { double, double } %17
}

; Function Attrs: noinline nounwind optnone uwtable
define internal <2 x float> @ff_add(<2 x float> %0, <2 x float> %1) #0 {
  %3 = alloca %struct.FF, align 4
  %4 = alloca %struct.FF, align 4
  %5 = alloca %struct.FF, align 4
  store <2 x float> %0, ptr %4, align 4
  store <2 x float> %1, ptr %5, align 4
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
  %18 = load <2 x float>, ptr %3, align 4
  ret <2 x float> %18
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @ff_dot(<2 x float> %0, <2 x float> %1) #0 {
  %3 = alloca %struct.FF, align 4
  %4 = alloca %struct.FF, align 4
  store <2 x float> %0, ptr %3, align 4
  store <2 x float> %1, ptr %4, align 4
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
define internal i64 @fi_mix(i64 %0) #1 {
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
define internal i32 @cs_inc(i32 %0) #1 {
  %2 = alloca %struct.CS, align 2
  %3 = alloca %struct.CS, align 2
  store i32 %0, ptr %3, align 2
  %4 = getelementptr inbounds nuw %struct.CS, ptr %3, i32 0, i32 0
  %5 = load i8, ptr %4, align 2
  %6 = add i8 %5, 1
  store i8 %6, ptr %4, align 2
  %7 = getelementptr inbounds nuw %struct.CS, ptr %3, i32 0, i32 1
  %8 = load i16, ptr %7, align 2
  %9 = add i16 %8, -1
  store i16 %9, ptr %7, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %2, ptr align 2 %3, i64 4, i1 false)
  %10 = load i32, ptr %2, align 2
  ret i32 %10
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal { i64, i32 } @iii_rot(i64 %0, i32 %1) #1 {
  %3 = alloca %struct.III, align 4
  %4 = alloca %struct.III, align 4
  %5 = alloca { i64, i32 }, align 4
  %6 = alloca { i64, i32 }, align 8
  %7 = getelementptr inbounds nuw { i64, i32 }, ptr %5, i32 0, i32 0
  store i64 %0, ptr %7, align 4
  %8 = getelementptr inbounds nuw { i64, i32 }, ptr %5, i32 0, i32 1
  store i32 %1, ptr %8, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 %5, i64 12, i1 false)
  %9 = getelementptr inbounds nuw %struct.III, ptr %3, i32 0, i32 0
  %10 = getelementptr inbounds nuw %struct.III, ptr %4, i32 0, i32 1
  %11 = load i32, ptr %10, align 4
  store i32 %11, ptr %9, align 4
  %12 = getelementptr inbounds nuw %struct.III, ptr %3, i32 0, i32 1
  %13 = getelementptr inbounds nuw %struct.III, ptr %4, i32 0, i32 2
  %14 = load i32, ptr %13, align 4
  store i32 %14, ptr %12, align 4
  %15 = getelementptr inbounds nuw %struct.III, ptr %3, i32 0, i32 2
  %16 = getelementptr inbounds nuw %struct.III, ptr %4, i32 0, i32 0
  %17 = load i32, ptr %16, align 4
  store i32 %17, ptr %15, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 4 %3, i64 12, i1 false)
  %18 = load { i64, i32 }, ptr %6, align 8
  ret { i64, i32 } %18
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal { <2 x float>, float } @fff_cross(<2 x float> %0, float %1, <2 x float> %2, float %3) #0 {
  %5 = alloca %struct.FFF, align 4
  %6 = alloca %struct.FFF, align 4
  %7 = alloca { <2 x float>, float }, align 4
  %8 = alloca %struct.FFF, align 4
  %9 = alloca { <2 x float>, float }, align 4
  %10 = alloca { <2 x float>, float }, align 8
  %11 = getelementptr inbounds nuw { <2 x float>, float }, ptr %7, i32 0, i32 0
  store <2 x float> %0, ptr %11, align 4
  %12 = getelementptr inbounds nuw { <2 x float>, float }, ptr %7, i32 0, i32 1
  store float %1, ptr %12, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 %7, i64 12, i1 false)
  %13 = getelementptr inbounds nuw { <2 x float>, float }, ptr %9, i32 0, i32 0
  store <2 x float> %2, ptr %13, align 4
  %14 = getelementptr inbounds nuw { <2 x float>, float }, ptr %9, i32 0, i32 1
  store float %3, ptr %14, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %8, ptr align 4 %9, i64 12, i1 false)
  %15 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 0
  %16 = getelementptr inbounds nuw %struct.FFF, ptr %6, i32 0, i32 1
  %17 = load float, ptr %16, align 4
  %18 = getelementptr inbounds nuw %struct.FFF, ptr %8, i32 0, i32 2
  %19 = load float, ptr %18, align 4
  %20 = getelementptr inbounds nuw %struct.FFF, ptr %6, i32 0, i32 2
  %21 = load float, ptr %20, align 4
  %22 = getelementptr inbounds nuw %struct.FFF, ptr %8, i32 0, i32 1
  %23 = load float, ptr %22, align 4
  %24 = fmul float %21, %23
  %25 = fneg float %24
  %26 = call float @llvm.fmuladd.f32(float %17, float %19, float %25)
  store float %26, ptr %15, align 4
  %27 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 1
  %28 = getelementptr inbounds nuw %struct.FFF, ptr %6, i32 0, i32 2
  %29 = load float, ptr %28, align 4
  %30 = getelementptr inbounds nuw %struct.FFF, ptr %8, i32 0, i32 0
  %31 = load float, ptr %30, align 4
  %32 = getelementptr inbounds nuw %struct.FFF, ptr %6, i32 0, i32 0
  %33 = load float, ptr %32, align 4
  %34 = getelementptr inbounds nuw %struct.FFF, ptr %8, i32 0, i32 2
  %35 = load float, ptr %34, align 4
  %36 = fmul float %33, %35
  %37 = fneg float %36
  %38 = call float @llvm.fmuladd.f32(float %29, float %31, float %37)
  store float %38, ptr %27, align 4
  %39 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 2
  %40 = getelementptr inbounds nuw %struct.FFF, ptr %6, i32 0, i32 0
  %41 = load float, ptr %40, align 4
  %42 = getelementptr inbounds nuw %struct.FFF, ptr %8, i32 0, i32 1
  %43 = load float, ptr %42, align 4
  %44 = getelementptr inbounds nuw %struct.FFF, ptr %6, i32 0, i32 1
  %45 = load float, ptr %44, align 4
  %46 = getelementptr inbounds nuw %struct.FFF, ptr %8, i32 0, i32 0
  %47 = load float, ptr %46, align 4
  %48 = fmul float %45, %47
  %49 = fneg float %48
  %50 = call float @llvm.fmuladd.f32(float %41, float %43, float %49)
  store float %50, ptr %39, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 4 %5, i64 12, i1 false)
  %51 = load { <2 x float>, float }, ptr %10, align 8
  ret { <2 x float>, float } %51
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { double, i32 } @di_make(double noundef %0, i32 noundef %1) #1 {
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
  %10 = load { double, i32 }, ptr %3, align 8
  ret { double, i32 } %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @many(i64 %0, i64 %1, i64 %2, double %3, double %4, <2 x float> %5, i32 noundef %6, double noundef %7, i64 %8, <2 x float> %9) #0 {
  %11 = alloca %struct.II, align 4
  %12 = alloca %struct.LL, align 8
  %13 = alloca %struct.DD, align 8
  %14 = alloca %struct.FF, align 4
  %15 = alloca %struct.II, align 4
  %16 = alloca %struct.FF, align 4
  %17 = alloca i32, align 4
  %18 = alloca double, align 8
  store i64 %0, ptr %11, align 4
  %19 = getelementptr inbounds nuw { i64, i64 }, ptr %12, i32 0, i32 0
  store i64 %1, ptr %19, align 8
  %20 = getelementptr inbounds nuw { i64, i64 }, ptr %12, i32 0, i32 1
  store i64 %2, ptr %20, align 8
  %21 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 0
  store double %3, ptr %21, align 8
  %22 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 1
  store double %4, ptr %22, align 8
  store <2 x float> %5, ptr %14, align 4
  store i64 %8, ptr %15, align 4
  store <2 x float> %9, ptr %16, align 4
  store i32 %6, ptr %17, align 4
  store double %7, ptr %18, align 8
  %23 = getelementptr inbounds nuw %struct.II, ptr %11, i32 0, i32 0
  %24 = load i32, ptr %23, align 4
  %25 = getelementptr inbounds nuw %struct.II, ptr %11, i32 0, i32 1
  %26 = load i32, ptr %25, align 4
  %27 = add nsw i32 %24, %26
  %28 = getelementptr inbounds nuw %struct.LL, ptr %12, i32 0, i32 0
  %29 = load i64, ptr %28, align 8
  %30 = trunc i64 %29 to i32
  %31 = add nsw i32 %27, %30
  %32 = getelementptr inbounds nuw %struct.LL, ptr %12, i32 0, i32 1
  %33 = load i64, ptr %32, align 8
  %34 = trunc i64 %33 to i32
  %35 = add nsw i32 %31, %34
  %36 = getelementptr inbounds nuw %struct.DD, ptr %13, i32 0, i32 0
  %37 = load double, ptr %36, align 8
  %38 = fptosi double %37 to i32
  %39 = add nsw i32 %35, %38
  %40 = getelementptr inbounds nuw %struct.DD, ptr %13, i32 0, i32 1
  %41 = load double, ptr %40, align 8
  %42 = fptosi double %41 to i32
  %43 = add nsw i32 %39, %42
  %44 = getelementptr inbounds nuw %struct.FF, ptr %14, i32 0, i32 0
  %45 = load float, ptr %44, align 4
  %46 = fptosi float %45 to i32
  %47 = add nsw i32 %43, %46
  %48 = getelementptr inbounds nuw %struct.FF, ptr %14, i32 0, i32 1
  %49 = load float, ptr %48, align 4
  %50 = fptosi float %49 to i32
  %51 = add nsw i32 %47, %50
  %52 = load i32, ptr %17, align 4
  %53 = add nsw i32 %51, %52
  %54 = load double, ptr %18, align 8
  %55 = fptosi double %54 to i32
  %56 = add nsw i32 %53, %55
  %57 = getelementptr inbounds nuw %struct.II, ptr %15, i32 0, i32 0
  %58 = load i32, ptr %57, align 4
  %59 = add nsw i32 %56, %58
  %60 = getelementptr inbounds nuw %struct.II, ptr %15, i32 0, i32 1
  %61 = load i32, ptr %60, align 4
  %62 = sub nsw i32 %59, %61
  %63 = getelementptr inbounds nuw %struct.FF, ptr %16, i32 0, i32 0
  %64 = load float, ptr %63, align 4
  %65 = getelementptr inbounds nuw %struct.FF, ptr %16, i32 0, i32 1
  %66 = load float, ptr %65, align 4
  %67 = fmul float %64, %66
  %68 = fptosi float %67 to i32
  %69 = add nsw i32 %62, %68
  ret i32 %69
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
