; ModuleID = 'volatile_static.c'
source_filename = "volatile_static.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@g_vol = hidden global i32 5, align 4
@.str = private unnamed_addr constant [21 x i8] c"vol %d %.3f %lld %d\0A\00", align 1
@g_vbytes = internal global [4 x i8] c"\01\02\03\04", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"vbytes %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"ids %d %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"avg %.3f\0A\00", align 1
@.str.4 = private unnamed_addr constant [21 x i8] c"fib90 %lld calls %d\0A\00", align 1
@g_calls = internal global i32 0, align 4
@.str.5 = private unnamed_addr constant [21 x i8] c"again %lld calls %d\0A\00", align 1
@next_id.id = internal global i32 100, align 4
@running_avg.sum = internal global double 0.000000e+00, align 8
@running_avg.n = internal global i32 0, align 4
@memo_fib.memo = internal global [91 x i64] zeroinitializer, align 16
@memo_fib.init = internal global i32 0, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca double, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 4
  store i32 0, ptr %1, align 4
  store volatile i32 0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %14

14:                                               ; preds = %21, %0
  %15 = load i32, ptr %3, align 4
  %16 = icmp slt i32 %15, 10
  br i1 %16, label %17, label %24

17:                                               ; preds = %14
  %18 = load volatile i32, ptr %2, align 4
  %19 = load i32, ptr %3, align 4
  %20 = add nsw i32 %18, %19
  store volatile i32 %20, ptr %2, align 4
  br label %21

21:                                               ; preds = %17
  %22 = load i32, ptr %3, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %3, align 4
  br label %14, !llvm.loop !2

24:                                               ; preds = %14
  store volatile double 1.500000e+00, ptr %4, align 8
  %25 = load volatile double, ptr %4, align 8
  %26 = load volatile double, ptr %4, align 8
  %27 = fmul double %26, %25
  store volatile double %27, ptr %4, align 8
  store volatile i64 -7, ptr %5, align 8
  %28 = load volatile i64, ptr %5, align 8
  %29 = load volatile i64, ptr %5, align 8
  %30 = mul nsw i64 %28, %29
  store volatile i64 %30, ptr %5, align 8
  %31 = load volatile i32, ptr %2, align 4
  %32 = load volatile i32, ptr @g_vol, align 4
  %33 = add nsw i32 %31, %32
  store i32 %33, ptr %6, align 4
  %34 = load i32, ptr %6, align 4
  store volatile i32 %34, ptr @g_vol, align 4
  %35 = load volatile i32, ptr @g_vol, align 4
  %36 = add nsw i32 %35, 1
  store volatile i32 %36, ptr @g_vol, align 4
  %37 = load volatile i32, ptr %2, align 4
  %38 = load volatile double, ptr %4, align 8
  %39 = load volatile i64, ptr %5, align 8
  %40 = load volatile i32, ptr @g_vol, align 4
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %37, double noundef %38, i64 noundef %39, i32 noundef %40)
  store ptr @g_vbytes, ptr %7, align 4
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %42

42:                                               ; preds = %63, %24
  %43 = load i32, ptr %9, align 4
  %44 = icmp slt i32 %43, 4
  br i1 %44, label %45, label %66

45:                                               ; preds = %42
  %46 = load ptr, ptr %7, align 4
  %47 = load i32, ptr %9, align 4
  %48 = getelementptr inbounds i8, ptr %46, i32 %47
  %49 = load volatile i8, ptr %48, align 1
  %50 = zext i8 %49 to i32
  %51 = mul nsw i32 %50, 3
  %52 = trunc i32 %51 to i8
  %53 = load ptr, ptr %7, align 4
  %54 = load i32, ptr %9, align 4
  %55 = getelementptr inbounds i8, ptr %53, i32 %54
  store volatile i8 %52, ptr %55, align 1
  %56 = load ptr, ptr %7, align 4
  %57 = load i32, ptr %9, align 4
  %58 = getelementptr inbounds i8, ptr %56, i32 %57
  %59 = load volatile i8, ptr %58, align 1
  %60 = zext i8 %59 to i32
  %61 = load i32, ptr %8, align 4
  %62 = add i32 %61, %60
  store i32 %62, ptr %8, align 4
  br label %63

63:                                               ; preds = %45
  %64 = load i32, ptr %9, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %9, align 4
  br label %42, !llvm.loop !4

66:                                               ; preds = %42
  %67 = load i32, ptr %8, align 4
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %67)
  %69 = call i32 @next_id()
  store i32 %69, ptr %10, align 4
  %70 = call i32 @next_id()
  store i32 %70, ptr %11, align 4
  %71 = call i32 @next_id()
  store i32 %71, ptr %12, align 4
  %72 = load i32, ptr %10, align 4
  %73 = load i32, ptr %11, align 4
  %74 = load i32, ptr %12, align 4
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %72, i32 noundef %73, i32 noundef %74)
  %76 = call double @running_avg(double noundef 1.000000e+00)
  %77 = call double @running_avg(double noundef 2.000000e+00)
  %78 = call double @running_avg(double noundef 6.000000e+00)
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %78)
  %80 = call i64 @memo_fib(i32 noundef 90)
  %81 = load i32, ptr @g_calls, align 4
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %80, i32 noundef %81)
  %83 = call i64 @memo_fib(i32 noundef 50)
  %84 = load i32, ptr @g_calls, align 4
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %83, i32 noundef %84)
  store ptr %2, ptr %13, align 4
  %86 = load ptr, ptr %13, align 4
  store volatile i32 3, ptr %86, align 4
  %87 = load ptr, ptr %13, align 4
  store volatile i32 4, ptr %87, align 4
  %88 = load ptr, ptr %13, align 4
  %89 = load volatile i32, ptr %88, align 4
  %90 = load volatile i32, ptr @g_vol, align 4
  %91 = srem i32 %90, 10
  %92 = add nsw i32 %89, %91
  ret i32 %92
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @next_id() #0 {
  %1 = load i32, ptr @next_id.id, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @next_id.id, align 4
  ret i32 %1
}

; Function Attrs: noinline nounwind optnone
define internal double @running_avg(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = load double, ptr @running_avg.sum, align 8
  %5 = fadd double %4, %3
  store double %5, ptr @running_avg.sum, align 8
  %6 = load i32, ptr @running_avg.n, align 4
  %7 = add nsw i32 %6, 1
  store i32 %7, ptr @running_avg.n, align 4
  %8 = load double, ptr @running_avg.sum, align 8
  %9 = load i32, ptr @running_avg.n, align 4
  %10 = sitofp i32 %9 to double
  %11 = fdiv double %8, %10
  ret double %11
}

; Function Attrs: noinline nounwind optnone
define internal i64 @memo_fib(i32 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %5 = load i32, ptr @memo_fib.init, align 4
  %6 = icmp ne i32 %5, 0
  br i1 %6, label %18, label %7

7:                                                ; preds = %1
  store i32 0, ptr %4, align 4
  br label %8

8:                                                ; preds = %14, %7
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 91
  br i1 %10, label %11, label %17

11:                                               ; preds = %8
  %12 = load i32, ptr %4, align 4
  %13 = getelementptr inbounds [91 x i64], ptr @memo_fib.memo, i32 0, i32 %12
  store i64 -1, ptr %13, align 8
  br label %14

14:                                               ; preds = %11
  %15 = load i32, ptr %4, align 4
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %4, align 4
  br label %8, !llvm.loop !5

17:                                               ; preds = %8
  store i32 1, ptr @memo_fib.init, align 4
  br label %18

18:                                               ; preds = %17, %1
  %19 = load i32, ptr @g_calls, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr @g_calls, align 4
  %21 = load i32, ptr %3, align 4
  %22 = icmp slt i32 %21, 2
  br i1 %22, label %23, label %26

23:                                               ; preds = %18
  %24 = load i32, ptr %3, align 4
  %25 = sext i32 %24 to i64
  store i64 %25, ptr %2, align 8
  br label %45

26:                                               ; preds = %18
  %27 = load i32, ptr %3, align 4
  %28 = getelementptr inbounds [91 x i64], ptr @memo_fib.memo, i32 0, i32 %27
  %29 = load i64, ptr %28, align 8
  %30 = icmp sge i64 %29, 0
  br i1 %30, label %31, label %35

31:                                               ; preds = %26
  %32 = load i32, ptr %3, align 4
  %33 = getelementptr inbounds [91 x i64], ptr @memo_fib.memo, i32 0, i32 %32
  %34 = load i64, ptr %33, align 8
  store i64 %34, ptr %2, align 8
  br label %45

35:                                               ; preds = %26
  %36 = load i32, ptr %3, align 4
  %37 = sub nsw i32 %36, 1
  %38 = call i64 @memo_fib(i32 noundef %37)
  %39 = load i32, ptr %3, align 4
  %40 = sub nsw i32 %39, 2
  %41 = call i64 @memo_fib(i32 noundef %40)
  %42 = add nsw i64 %38, %41
  %43 = load i32, ptr %3, align 4
  %44 = getelementptr inbounds [91 x i64], ptr @memo_fib.memo, i32 0, i32 %43
  store i64 %42, ptr %44, align 8
  store i64 %42, ptr %2, align 8
  br label %45

45:                                               ; preds = %35, %31, %23
  %46 = load i64, ptr %2, align 8
  ret i64 %46
}

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
!5 = distinct !{!5, !3}
