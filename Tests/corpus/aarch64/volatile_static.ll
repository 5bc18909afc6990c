; ModuleID = 'volatile_static.c'
source_filename = "volatile_static.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@g_vol = dso_local global i32 5, align 4
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
@memo_fib.memo = internal global [91 x i64] zeroinitializer, align 8
@memo_fib.init = internal global i32 0, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca double, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
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
  br label %14, !llvm.loop !6

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
  store ptr @g_vbytes, ptr %7, align 8
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %42

42:                                               ; preds = %66, %24
  %43 = load i32, ptr %9, align 4
  %44 = icmp slt i32 %43, 4
  br i1 %44, label %45, label %69

45:                                               ; preds = %42
  %46 = load ptr, ptr %7, align 8
  %47 = load i32, ptr %9, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i8, ptr %46, i64 %48
  %50 = load volatile i8, ptr %49, align 1
  %51 = zext i8 %50 to i32
  %52 = mul nsw i32 %51, 3
  %53 = trunc i32 %52 to i8
  %54 = load ptr, ptr %7, align 8
  %55 = load i32, ptr %9, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds i8, ptr %54, i64 %56
  store volatile i8 %53, ptr %57, align 1
  %58 = load ptr, ptr %7, align 8
  %59 = load i32, ptr %9, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds i8, ptr %58, i64 %60
  %62 = load volatile i8, ptr %61, align 1
  %63 = zext i8 %62 to i32
  %64 = load i32, ptr %8, align 4
  %65 = add i32 %64, %63
  store i32 %65, ptr %8, align 4
  br label %66

66:                                               ; preds = %45
  %67 = load i32, ptr %9, align 4
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %9, align 4
  br label %42, !llvm.loop !8

69:                                               ; preds = %42
  %70 = load i32, ptr %8, align 4
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %70)
  %72 = call i32 @next_id()
  store i32 %72, ptr %10, align 4
  %73 = call i32 @next_id()
  store i32 %73, ptr %11, align 4
  %74 = call i32 @next_id()
  store i32 %74, ptr %12, align 4
  %75 = load i32, ptr %10, align 4
  %76 = load i32, ptr %11, align 4
  %77 = load i32, ptr %12, align 4
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %75, i32 noundef %76, i32 noundef %77)
  %79 = call double @running_avg(double noundef 1.000000e+00)
  %80 = call double @running_avg(double noundef 2.000000e+00)
  %81 = call double @running_avg(double noundef 6.000000e+00)
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %81)
  %83 = call i64 @memo_fib(i32 noundef 90)
  %84 = load i32, ptr @g_calls, align 4
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %83, i32 noundef %84)
  %86 = call i64 @memo_fib(i32 noundef 50)
  %87 = load i32, ptr @g_calls, align 4
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %86, i32 noundef %87)
  store ptr %2, ptr %13, align 8
  %89 = load ptr, ptr %13, align 8
  store volatile i32 3, ptr %89, align 4
  %90 = load ptr, ptr %13, align 8
  store volatile i32 4, ptr %90, align 4
  %91 = load ptr, ptr %13, align 8
  %92 = load volatile i32, ptr %91, align 4
  %93 = load volatile i32, ptr @g_vol, align 4
  %94 = srem i32 %93, 10
  %95 = add nsw i32 %92, %94
  ret i32 %95
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @next_id() #0 {
  %1 = load i32, ptr @next_id.id, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @next_id.id, align 4
  ret i32 %1
}

; Function Attrs: noinline nounwind optnone uwtable
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

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @memo_fib(i32 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %5 = load i32, ptr @memo_fib.init, align 4
  %6 = icmp ne i32 %5, 0
  br i1 %6, label %19, label %7

7:                                                ; preds = %1
  store i32 0, ptr %4, align 4
  br label %8

8:                                                ; preds = %15, %7
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 91
  br i1 %10, label %11, label %18

11:                                               ; preds = %8
  %12 = load i32, ptr %4, align 4
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [91 x i64], ptr @memo_fib.memo, i64 0, i64 %13
  store i64 -1, ptr %14, align 8
  br label %15

15:                                               ; preds = %11
  %16 = load i32, ptr %4, align 4
  %17 = add nsw i32 %16, 1
  store i32 %17, ptr %4, align 4
  br label %8, !llvm.loop !9

18:                                               ; preds = %8
  store i32 1, ptr @memo_fib.init, align 4
  br label %19

19:                                               ; preds = %18, %1
  %20 = load i32, ptr @g_calls, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr @g_calls, align 4
  %22 = load i32, ptr %3, align 4
  %23 = icmp slt i32 %22, 2
  br i1 %23, label %24, label %27

24:                                               ; preds = %19
  %25 = load i32, ptr %3, align 4
  %26 = sext i32 %25 to i64
  store i64 %26, ptr %2, align 8
  br label %49

27:                                               ; preds = %19
  %28 = load i32, ptr %3, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [91 x i64], ptr @memo_fib.memo, i64 0, i64 %29
  %31 = load i64, ptr %30, align 8
  %32 = icmp sge i64 %31, 0
  br i1 %32, label %33, label %38

33:                                               ; preds = %27
  %34 = load i32, ptr %3, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [91 x i64], ptr @memo_fib.memo, i64 0, i64 %35
  %37 = load i64, ptr %36, align 8
  store i64 %37, ptr %2, align 8
  br label %49

38:                                               ; preds = %27
  %39 = load i32, ptr %3, align 4
  %40 = sub nsw i32 %39, 1
  %41 = call i64 @memo_fib(i32 noundef %40)
  %42 = load i32, ptr %3, align 4
  %43 = sub nsw i32 %42, 2
  %44 = call i64 @memo_fib(i32 noundef %43)
  %45 = add nsw i64 %41, %44
  %46 = load i32, ptr %3, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [91 x i64], ptr @memo_fib.memo, i64 0, i64 %47
  store i64 %45, ptr %48, align 8
  store i64 %45, ptr %2, align 8
  br label %49

49:                                               ; preds = %38, %33, %24
  %50 = load i64, ptr %2, align 8
  ret i64 %50
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

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
