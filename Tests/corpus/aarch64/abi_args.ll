; ModuleID = 'abi_args.c'
source_filename = "abi_args.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.P = type { i32, i32 }

@.str = private unnamed_addr constant [11 x i8] c"ints %lld\0A\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"fp %.4f\0A\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"mixed %.4f\0A\00", align 1
@.str.3 = private unnamed_addr constant [20 x i8] c"narrow %d %d %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"take %d %d\0A\00", align 1
@__const.main.p = private unnamed_addr constant %struct.P { i32 3, i32 4 }, align 4
@__const.main.q = private unnamed_addr constant %struct.P { i32 10, i32 1 }, align 4
@__const.main.r = private unnamed_addr constant %struct.P { i32 2, i32 9 }, align 4
@.str.5 = private unnamed_addr constant [12 x i8] c"structs %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"chain %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.P, align 4
  %3 = alloca %struct.P, align 4
  %4 = alloca %struct.P, align 4
  store i32 0, ptr %1, align 4
  %5 = call i64 @many_ints(i32 noundef 1, i32 noundef -2, i32 noundef 3, i32 noundef -4, i32 noundef 5, i32 noundef -6, i32 noundef 7, i32 noundef -8, i32 noundef 9, i32 noundef -10, i64 noundef 10000000000, i32 noundef 12)
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %5)
  %7 = call double @many_fp(double noundef 1.500000e+00, float noundef 2.500000e+00, double noundef -3.250000e+00, float noundef 4.000000e+00, double noundef 1.250000e-01, float noundef -6.000000e+00, double noundef 7.000000e+00, float noundef 8.500000e+00, double noundef -9.000000e+00, float noundef 1.000000e+01, double noundef 1.175000e+01)
  %8 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %7)
  %9 = call double @mixed(i32 noundef 1, double noundef 2.500000e+00, i8 noundef -3, float noundef 4.500000e+00, i16 noundef -1, i64 noundef -6000000000, double noundef 7.250000e+00, i8 noundef -1, i16 noundef -32768, double noundef 1.000000e+01, i32 noundef 11, float noundef 1.250000e+01, double noundef 1.300000e+01, i32 noundef 14)
  %10 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %9)
  %11 = call i8 @ret_s8(i32 noundef 50)
  %12 = sext i8 %11 to i32
  %13 = call i8 @ret_u8(i32 noundef 100)
  %14 = zext i8 %13 to i32
  %15 = call i16 @ret_s16(i32 noundef 40)
  %16 = sext i16 %15 to i32
  %17 = call i16 @ret_u16(i32 noundef 70)
  %18 = zext i16 %17 to i32
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %12, i32 noundef %14, i32 noundef %16, i32 noundef %18)
  %20 = call i32 @take_narrow(i8 noundef -5, i8 noundef -56, i16 noundef -3000, i16 noundef -5536, i1 noundef true)
  %21 = call i8 @ret_s8(i32 noundef 50)
  %22 = call i8 @ret_u8(i32 noundef 100)
  %23 = call i16 @ret_s16(i32 noundef 40)
  %24 = call i16 @ret_u16(i32 noundef 70)
  %25 = call i1 @is_big(i64 noundef 5)
  %26 = call i32 @take_narrow(i8 noundef %21, i8 noundef %22, i16 noundef %23, i16 noundef %24, i1 noundef %25)
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %20, i32 noundef %26)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 @__const.main.p, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 4 @__const.main.q, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 @__const.main.r, i64 8, i1 false)
  %28 = load i64, ptr %2, align 4
  %29 = load i64, ptr %3, align 4
  %30 = load i64, ptr %4, align 4
  %31 = call i32 @with_structs(i32 noundef 1, i64 %28, double noundef 2.900000e+00, i64 %29, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i64 %30)
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %31)
  %33 = call i32 @chain1(i32 noundef 50)
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %33)
  %35 = call i1 @is_big(i64 noundef 2000)
  %36 = zext i1 %35 to i32
  %37 = call i1 @is_big(i64 noundef 0)
  %38 = zext i1 %37 to i32
  %39 = add nsw i32 %36, %38
  ret i32 %39
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @many_ints(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7, i32 noundef %8, i32 noundef %9, i64 noundef %10, i32 noundef %11) #0 {
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i64, align 8
  %24 = alloca i32, align 4
  store i32 %0, ptr %13, align 4
  store i32 %1, ptr %14, align 4
  store i32 %2, ptr %15, align 4
  store i32 %3, ptr %16, align 4
  store i32 %4, ptr %17, align 4
  store i32 %5, ptr %18, align 4
  store i32 %6, ptr %19, align 4
  store i32 %7, ptr %20, align 4
  store i32 %8, ptr %21, align 4
  store i32 %9, ptr %22, align 4
  store i64 %10, ptr %23, align 8
  store i32 %11, ptr %24, align 4
  %25 = load i32, ptr %13, align 4
  %26 = sext i32 %25 to i64
  %27 = load i32, ptr %14, align 4
  %28 = sext i32 %27 to i64
  %29 = mul nsw i64 2, %28
  %30 = add nsw i64 %26, %29
  %31 = load i32, ptr %15, align 4
  %32 = sext i32 %31 to i64
  %33 = mul nsw i64 3, %32
  %34 = add nsw i64 %30, %33
  %35 = load i32, ptr %16, align 4
  %36 = sext i32 %35 to i64
  %37 = mul nsw i64 4, %36
  %38 = add nsw i64 %34, %37
  %39 = load i32, ptr %17, align 4
  %40 = sext i32 %39 to i64
  %41 = mul nsw i64 5, %40
  %42 = add nsw i64 %38, %41
  %43 = load i32, ptr %18, align 4
  %44 = sext i32 %43 to i64
  %45 = mul nsw i64 6, %44
  %46 = add nsw i64 %42, %45
  %47 = load i32, ptr %19, align 4
  %48 = sext i32 %47 to i64
  %49 = mul nsw i64 7, %48
  %50 = add nsw i64 %46, %49
  %51 = load i32, ptr %20, align 4
  %52 = sext i32 %51 to i64
  %53 = mul nsw i64 8, %52
  %54 = add nsw i64 %50, %53
  %55 = load i32, ptr %21, align 4
  %56 = sext i32 %55 to i64
  %57 = mul nsw i64 9, %56
  %58 = add nsw i64 %54, %57
  %59 = load i32, ptr %22, align 4
  %60 = sext i32 %59 to i64
  %61 = mul nsw i64 10, %60
  %62 = add nsw i64 %58, %61
  %63 = load i64, ptr %23, align 8
  %64 = mul nsw i64 11, %63
  %65 = add nsw i64 %62, %64
  %66 = load i32, ptr %24, align 4
  %67 = sext i32 %66 to i64
  %68 = mul nsw i64 12, %67
  %69 = add nsw i64 %65, %68
  ret i64 %69
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @many_fp(double noundef %0, float noundef %1, double noundef %2, float noundef %3, double noundef %4, float noundef %5, double noundef %6, float noundef %7, double noundef %8, float noundef %9, double noundef %10) #0 {
  %12 = alloca double, align 8
  %13 = alloca float, align 4
  %14 = alloca double, align 8
  %15 = alloca float, align 4
  %16 = alloca double, align 8
  %17 = alloca float, align 4
  %18 = alloca double, align 8
  %19 = alloca float, align 4
  %20 = alloca double, align 8
  %21 = alloca float, align 4
  %22 = alloca double, align 8
  store double %0, ptr %12, align 8
  store float %1, ptr %13, align 4
  store double %2, ptr %14, align 8
  store float %3, ptr %15, align 4
  store double %4, ptr %16, align 8
  store float %5, ptr %17, align 4
  store double %6, ptr %18, align 8
  store float %7, ptr %19, align 4
  store double %8, ptr %20, align 8
  store float %9, ptr %21, align 4
  store double %10, ptr %22, align 8
  %23 = load double, ptr %12, align 8
  %24 = load float, ptr %13, align 4
  %25 = fmul float %24, 2.000000e+00
  %26 = fpext float %25 to double
  %27 = fadd double %23, %26
  %28 = load double, ptr %14, align 8
  %29 = call double @llvm.fmuladd.f64(double %28, double 3.000000e+00, double %27)
  %30 = load float, ptr %15, align 4
  %31 = fmul float %30, 4.000000e+00
  %32 = fpext float %31 to double
  %33 = fadd double %29, %32
  %34 = load double, ptr %16, align 8
  %35 = call double @llvm.fmuladd.f64(double %34, double 5.000000e+00, double %33)
  %36 = load float, ptr %17, align 4
  %37 = fmul float %36, 6.000000e+00
  %38 = fpext float %37 to double
  %39 = fadd double %35, %38
  %40 = load double, ptr %18, align 8
  %41 = call double @llvm.fmuladd.f64(double %40, double 7.000000e+00, double %39)
  %42 = load float, ptr %19, align 4
  %43 = fmul float %42, 8.000000e+00
  %44 = fpext float %43 to double
  %45 = fadd double %41, %44
  %46 = load double, ptr %20, align 8
  %47 = call double @llvm.fmuladd.f64(double %46, double 9.000000e+00, double %45)
  %48 = load float, ptr %21, align 4
  %49 = fmul float %48, 1.000000e+01
  %50 = fpext float %49 to double
  %51 = fadd double %47, %50
  %52 = load double, ptr %22, align 8
  %53 = call double @llvm.fmuladd.f64(double %52, double 1.100000e+01, double %51)
  ret double %53
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @mixed(i32 noundef %0, double noundef %1, i8 noundef %2, float noundef %3, i16 noundef %4, i64 noundef %5, double noundef %6, i8 noundef %7, i16 noundef %8, double noundef %9, i32 noundef %10, float noundef %11, double noundef %12, i32 noundef %13) #0 {
  %15 = alloca i32, align 4
  %16 = alloca double, align 8
  %17 = alloca i8, align 1
  %18 = alloca float, align 4
  %19 = alloca i16, align 2
  %20 = alloca i64, align 8
  %21 = alloca double, align 8
  %22 = alloca i8, align 1
  %23 = alloca i16, align 2
  %24 = alloca double, align 8
  %25 = alloca i32, align 4
  %26 = alloca float, align 4
  %27 = alloca double, align 8
  %28 = alloca i32, align 4
  store i32 %0, ptr %15, align 4
  store double %1, ptr %16, align 8
  store i8 %2, ptr %17, align 1
  store float %3, ptr %18, align 4
  store i16 %4, ptr %19, align 2
  store i64 %5, ptr %20, align 8
  store double %6, ptr %21, align 8
  store i8 %7, ptr %22, align 1
  store i16 %8, ptr %23, align 2
  store double %9, ptr %24, align 8
  store i32 %10, ptr %25, align 4
  store float %11, ptr %26, align 4
  store double %12, ptr %27, align 8
  store i32 %13, ptr %28, align 4
  %29 = load i32, ptr %15, align 4
  %30 = sitofp i32 %29 to double
  %31 = load double, ptr %16, align 8
  %32 = fadd double %30, %31
  %33 = load i8, ptr %17, align 1
  %34 = sext i8 %33 to i32
  %35 = sitofp i32 %34 to double
  %36 = fadd double %32, %35
  %37 = load float, ptr %18, align 4
  %38 = fpext float %37 to double
  %39 = fadd double %36, %38
  %40 = load i16, ptr %19, align 2
  %41 = zext i16 %40 to i32
  %42 = sitofp i32 %41 to double
  %43 = fadd double %39, %42
  %44 = load i64, ptr %20, align 8
  %45 = sitofp i64 %44 to double
  %46 = fadd double %43, %45
  %47 = load double, ptr %21, align 8
  %48 = fadd double %46, %47
  %49 = load i8, ptr %22, align 1
  %50 = zext i8 %49 to i32
  %51 = sitofp i32 %50 to double
  %52 = fadd double %48, %51
  %53 = load i16, ptr %23, align 2
  %54 = sext i16 %53 to i32
  %55 = sitofp i32 %54 to double
  %56 = fadd double %52, %55
  %57 = load double, ptr %24, align 8
  %58 = fadd double %56, %57
  %59 = load i32, ptr %25, align 4
  %60 = sitofp i32 %59 to double
  %61 = fadd double %58, %60
  %62 = load float, ptr %26, align 4
  %63 = fpext float %62 to double
  %64 = fadd double %61, %63
  %65 = load double, ptr %27, align 8
  %66 = fadd double %64, %65
  %67 = load i32, ptr %28, align 4
  %68 = sitofp i32 %67 to double
  %69 = fadd double %66, %68
  ret double %69
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i8 @ret_s8(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = mul nsw i32 %3, 3
  %5 = trunc i32 %4 to i8
  ret i8 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i8 @ret_u8(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = mul nsw i32 %3, 3
  %5 = trunc i32 %4 to i8
  ret i8 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i16 @ret_s16(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = mul nsw i32 %3, 1000
  %5 = trunc i32 %4 to i16
  ret i16 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i16 @ret_u16(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = mul nsw i32 %3, 1000
  %5 = trunc i32 %4 to i16
  ret i16 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @take_narrow(i8 noundef %0, i8 noundef %1, i16 noundef %2, i16 noundef %3, i1 noundef %4) #0 {
  %6 = alloca i8, align 1
  %7 = alloca i8, align 1
  %8 = alloca i16, align 2
  %9 = alloca i16, align 2
  %10 = alloca i8, align 1
  store i8 %0, ptr %6, align 1
  store i8 %1, ptr %7, align 1
  store i16 %2, ptr %8, align 2
  store i16 %3, ptr %9, align 2
  %11 = zext i1 %4 to i8
  store i8 %11, ptr %10, align 1
  %12 = load i8, ptr %6, align 1
  %13 = sext i8 %12 to i32
  %14 = mul nsw i32 %13, 1000000
  %15 = load i8, ptr %7, align 1
  %16 = zext i8 %15 to i32
  %17 = mul nsw i32 %16, 10000
  %18 = add nsw i32 %14, %17
  %19 = load i16, ptr %8, align 2
  %20 = sext i16 %19 to i32
  %21 = mul nsw i32 %20, 10
  %22 = add nsw i32 %18, %21
  %23 = load i16, ptr %9, align 2
  %24 = zext i16 %23 to i32
  %25 = add nsw i32 %22, %24
  %26 = load i8, ptr %10, align 1
  %27 = trunc i8 %26 to i1
  %28 = zext i1 %27 to i64
  %29 = select i1 %27, i32 7, i32 0
  %30 = add nsw i32 %25, %29
  ret i32 %30
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i1 @is_big(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = icmp sgt i64 %3, 1000
  ret i1 %4
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @with_structs(i32 noundef %0, i64 %1, double noundef %2, i64 %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7, i32 noundef %8, i64 %9) #0 {
  %11 = alloca %struct.P, align 4
  %12 = alloca %struct.P, align 4
  %13 = alloca %struct.P, align 4
  %14 = alloca i32, align 4
  %15 = alloca double, align 8
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  store i64 %1, ptr %11, align 4
  store i64 %3, ptr %12, align 4
  store i64 %9, ptr %13, align 4
  store i32 %0, ptr %14, align 4
  store double %2, ptr %15, align 8
  store i32 %4, ptr %16, align 4
  store i32 %5, ptr %17, align 4
  store i32 %6, ptr %18, align 4
  store i32 %7, ptr %19, align 4
  store i32 %8, ptr %20, align 4
  %21 = load i32, ptr %14, align 4
  %22 = getelementptr inbounds nuw %struct.P, ptr %11, i32 0, i32 0
  %23 = load i32, ptr %22, align 4
  %24 = getelementptr inbounds nuw %struct.P, ptr %11, i32 0, i32 1
  %25 = load i32, ptr %24, align 4
  %26 = mul nsw i32 %23, %25
  %27 = add nsw i32 %21, %26
  %28 = load double, ptr %15, align 8
  %29 = fptosi double %28 to i32
  %30 = add nsw i32 %27, %29
  %31 = getelementptr inbounds nuw %struct.P, ptr %12, i32 0, i32 0
  %32 = load i32, ptr %31, align 4
  %33 = add nsw i32 %30, %32
  %34 = getelementptr inbounds nuw %struct.P, ptr %12, i32 0, i32 1
  %35 = load i32, ptr %34, align 4
  %36 = sub nsw i32 %33, %35
  %37 = load i32, ptr %16, align 4
  %38 = add nsw i32 %36, %37
  %39 = load i32, ptr %17, align 4
  %40 = add nsw i32 %38, %39
  %41 = load i32, ptr %18, align 4
  %42 = add nsw i32 %40, %41
  %43 = load i32, ptr %19, align 4
  %44 = add nsw i32 %42, %43
  %45 = load i32, ptr %20, align 4
  %46 = add nsw i32 %44, %45
  %47 = getelementptr inbounds nuw %struct.P, ptr %13, i32 0, i32 0
  %48 = load i32, ptr %47, align 4
  %49 = mul nsw i32 %48, 10
  %50 = add nsw i32 %46, %49
  %51 = getelementptr inbounds nuw %struct.P, ptr %13, i32 0, i32 1
  %52 = load i32, ptr %51, align 4
  %53 = add nsw i32 %50, %52
  ret i32 %53
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @chain1(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp sle i32 %3, 0
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  br label %11

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4
  %8 = sub nsw i32 %7, 1
  %9 = call i32 @chain5(i32 noundef %8)
  %10 = add nsw i32 1, %9
  br label %11

11:                                               ; preds = %6, %5
  %12 = phi i32 [ 0, %5 ], [ %10, %6 ]
  ret i32 %12
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @chain5(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = call i32 @chain4(i32 noundef %3)
  %5 = sub nsw i32 %4, 1
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @chain4(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = call i32 @chain3(i32 noundef %3)
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @chain3(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %4 = load i32, ptr %2, align 4
  %5 = call i32 @chain2(i32 noundef %4)
  store i32 %5, ptr %3, align 4
  %6 = load i32, ptr %3, align 4
  %7 = mul nsw i32 %6, 2
  %8 = load i32, ptr %3, align 4
  %9 = sub nsw i32 %7, %8
  ret i32 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @chain2(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = call i32 @chain1(i32 noundef %3)
  %5 = add nsw i32 %4, 1
  ret i32 %5
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
