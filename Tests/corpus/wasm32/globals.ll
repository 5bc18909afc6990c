; ModuleID = 'globals.c'
source_filename = "globals.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Point = type { i32, i32 }
%struct.Line = type { %struct.Point, %struct.Point, ptr }
%struct.Ops = type { ptr, ptr, ptr }
%struct.ListNode = type { i32, ptr }

@g_int = hidden global i32 17, align 4
@g_arr = hidden global [10 x i32] [i32 0, i32 1, i32 4, i32 9, i32 16, i32 25, i32 36, i32 49, i32 64, i32 81], align 16
@g_ptr = hidden global ptr @g_int, align 4
@g_elem = hidden global ptr getelementptr (i8, ptr @g_arr, i64 28), align 4
@g_pp = hidden global ptr @g_ptr, align 4
@g_pt = hidden global %struct.Point { i32 3, i32 -4 }, align 4
@g_field = hidden global ptr getelementptr (i8, ptr @g_pt, i64 4), align 4
@.str = private unnamed_addr constant [9 x i8] c"diagonal\00", align 1
@g_line = hidden global %struct.Line { %struct.Point { i32 1, i32 2 }, %struct.Point { i32 5, i32 10 }, ptr @.str }, align 4
@g_deep = hidden global ptr getelementptr (i8, ptr @g_line, i64 12), align 4
@.str.1 = private unnamed_addr constant [5 x i8] c"zero\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"two\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"three\00", align 1
@g_strs = hidden global [5 x ptr] [ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr null], align 16
@.str.5 = private unnamed_addr constant [9 x i8] c"abcdefgh\00", align 1
@g_mid = hidden global ptr getelementptr (i8, ptr @.str.5, i64 3), align 4
@g_text = hidden constant [12 x i8] c"static text\00", align 1
@g_textp = hidden global ptr getelementptr (i8, ptr @g_text, i64 7), align 4
@.str.6 = private unnamed_addr constant [7 x i8] c"incdec\00", align 1
@g_ops = hidden global %struct.Ops { ptr @inc, ptr @dec, ptr @.str.6 }, align 4
@.str.7 = private unnamed_addr constant [3 x i8] c"up\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"down\00", align 1
@g_opstab = hidden global [2 x %struct.Ops] [%struct.Ops { ptr @inc, ptr @inc, ptr @.str.7 }, %struct.Ops { ptr @dec, ptr @dec, ptr @.str.8 }], align 16
@g_fp = hidden global ptr @dec, align 4
@n1 = internal constant %struct.ListNode { i32 1, ptr @n2 }, align 4
@g_head = hidden global ptr @n1, align 4
@.str.9 = private unnamed_addr constant [29 x i8] c"int %d ptr %d elem %d pp %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [21 x i8] c"pt %d %d deep %d %s\0A\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.12 = private unnamed_addr constant [18 x i8] c"\0Amid %s textp %s\0A\00", align 1
@.str.13 = private unnamed_addr constant [14 x i8] c"ops %d %d %s\0A\00", align 1
@.str.14 = private unnamed_addr constant [17 x i8] c"tab %d %d %s %s\0A\00", align 1
@.str.15 = private unnamed_addr constant [7 x i8] c"fp %d\0A\00", align 1
@.str.16 = private unnamed_addr constant [9 x i8] c"list %d\0A\00", align 1
@g_zero = internal global [100 x i32] zeroinitializer, align 16
@.str.17 = private unnamed_addr constant [29 x i8] c"zero %d partial %d %d %d %d\0A\00", align 1
@g_partial = internal global [5 x %struct.Point] [%struct.Point { i32 1, i32 1 }, %struct.Point zeroinitializer, %struct.Point zeroinitializer, %struct.Point { i32 7, i32 8 }, %struct.Point zeroinitializer], align 16
@.str.18 = private unnamed_addr constant [26 x i8] c"dtab %.3f %.3f %.3e %.6f\0A\00", align 1
@g_dtab = internal constant [4 x double] [double 5.000000e-01, double -1.250000e+00, double 3.000000e+100, double 0x3FD5555555555555], align 16
@.str.19 = private unnamed_addr constant [21 x i8] c"ftab %.3f %.3f %.3f\0A\00", align 1
@g_ftab = internal constant [3 x float] [float 0x3FB99999A0000000, float 2.500000e+00, float -0.000000e+00], align 4
@.str.20 = private unnamed_addr constant [40 x i8] c"small %d %d %d shorts %u %u %u ll %lld\0A\00", align 1
@g_small = internal global [3 x i8] c"\FF\80\7F", align 1
@g_shorts = internal global [3 x i16] [i16 -1, i16 1, i16 -32768], align 2
@g_ll = internal global i64 -1234567890123456789, align 8
@.str.21 = private unnamed_addr constant [12 x i8] c"self %d %d\0A\00", align 1
@g_self_ptrs = internal global [3 x ptr] [ptr getelementptr (i8, ptr @g_self_ptrs, i64 4), ptr getelementptr (i8, ptr @g_self_ptrs, i64 8), ptr @g_self_ptrs], align 4
@g_pts_end = internal global ptr getelementptr (i8, ptr @g_partial, i64 40), align 4
@.str.22 = private unnamed_addr constant [11 x i8] c"neg %d %d\0A\00", align 1
@g_neg = internal global ptr getelementptr (i8, ptr @g_neg_idx_base, i64 12), align 4
@.str.23 = private unnamed_addr constant [11 x i8] c"mod %d %d\0A\00", align 1
@n2 = internal constant %struct.ListNode { i32 2, ptr @n3 }, align 4
@n3 = internal constant %struct.ListNode { i32 3, ptr null }, align 4
@g_neg_idx_base = internal global [4 x i32] [i32 10, i32 20, i32 30, i32 40], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define internal i32 @inc(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = add nsw i32 %3, 1
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone
define internal i32 @dec(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = sub nsw i32 %3, 1
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %7 = load i32, ptr @g_int, align 4
  %8 = load ptr, ptr @g_ptr, align 4
  %9 = load i32, ptr %8, align 4
  %10 = load ptr, ptr @g_elem, align 4
  %11 = load i32, ptr %10, align 4
  %12 = load ptr, ptr @g_pp, align 4
  %13 = load ptr, ptr %12, align 4
  %14 = load i32, ptr %13, align 4
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %7, i32 noundef %9, i32 noundef %11, i32 noundef %14)
  %16 = load ptr, ptr @g_field, align 4
  %17 = load i32, ptr %16, align 4
  %18 = add nsw i32 %17, 10
  store i32 %18, ptr %16, align 4
  %19 = load i32, ptr @g_pt, align 4
  %20 = load i32, ptr getelementptr inbounds nuw (%struct.Point, ptr @g_pt, i32 0, i32 1), align 4
  %21 = load ptr, ptr @g_deep, align 4
  %22 = load i32, ptr %21, align 4
  %23 = load ptr, ptr getelementptr inbounds nuw (%struct.Line, ptr @g_line, i32 0, i32 2), align 4
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %19, i32 noundef %20, i32 noundef %22, ptr noundef %23)
  store i32 0, ptr %2, align 4
  br label %25

25:                                               ; preds = %35, %0
  %26 = load i32, ptr %2, align 4
  %27 = getelementptr inbounds [5 x ptr], ptr @g_strs, i32 0, i32 %26
  %28 = load ptr, ptr %27, align 4
  %29 = icmp ne ptr %28, null
  br i1 %29, label %30, label %38

30:                                               ; preds = %25
  %31 = load i32, ptr %2, align 4
  %32 = getelementptr inbounds [5 x ptr], ptr @g_strs, i32 0, i32 %31
  %33 = load ptr, ptr %32, align 4
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %33)
  br label %35

35:                                               ; preds = %30
  %36 = load i32, ptr %2, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %2, align 4
  br label %25, !llvm.loop !2

38:                                               ; preds = %25
  %39 = load ptr, ptr @g_mid, align 4
  %40 = load ptr, ptr @g_textp, align 4
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, ptr noundef %39, ptr noundef %40)
  %42 = load ptr, ptr @g_ops, align 4
  %43 = call i32 %42(i32 noundef 5)
  %44 = load ptr, ptr getelementptr inbounds nuw (%struct.Ops, ptr @g_ops, i32 0, i32 1), align 4
  %45 = call i32 %44(i32 noundef 5)
  %46 = load ptr, ptr getelementptr inbounds nuw (%struct.Ops, ptr @g_ops, i32 0, i32 2), align 4
  %47 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %43, i32 noundef %45, ptr noundef %46)
  %48 = load ptr, ptr @g_opstab, align 16
  %49 = call i32 %48(i32 noundef 1)
  %50 = load ptr, ptr getelementptr inbounds nuw (%struct.Ops, ptr getelementptr inbounds ([2 x %struct.Ops], ptr @g_opstab, i32 0, i32 1), i32 0, i32 1), align 4
  %51 = call i32 %50(i32 noundef 1)
  %52 = load ptr, ptr getelementptr inbounds nuw (%struct.Ops, ptr @g_opstab, i32 0, i32 2), align 8
  %53 = load ptr, ptr getelementptr inbounds nuw (%struct.Ops, ptr getelementptr inbounds ([2 x %struct.Ops], ptr @g_opstab, i32 0, i32 1), i32 0, i32 2), align 4
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %49, i32 noundef %51, ptr noundef %52, ptr noundef %53)
  %55 = load ptr, ptr @g_fp, align 4
  %56 = call i32 %55(i32 noundef 100)
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef %56)
  store i32 0, ptr %3, align 4
  %58 = load ptr, ptr @g_head, align 4
  store ptr %58, ptr %4, align 4
  br label %59

59:                                               ; preds = %69, %38
  %60 = load ptr, ptr %4, align 4
  %61 = icmp ne ptr %60, null
  br i1 %61, label %62, label %73

62:                                               ; preds = %59
  %63 = load i32, ptr %3, align 4
  %64 = mul nsw i32 %63, 10
  %65 = load ptr, ptr %4, align 4
  %66 = getelementptr inbounds nuw %struct.ListNode, ptr %65, i32 0, i32 0
  %67 = load i32, ptr %66, align 4
  %68 = add nsw i32 %64, %67
  store i32 %68, ptr %3, align 4
  br label %69

69:                                               ; preds = %62
  %70 = load ptr, ptr %4, align 4
  %71 = getelementptr inbounds nuw %struct.ListNode, ptr %70, i32 0, i32 1
  %72 = load ptr, ptr %71, align 4
  store ptr %72, ptr %4, align 4
  br label %59, !llvm.loop !4

73:                                               ; preds = %59
  %74 = load i32, ptr %3, align 4
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %74)
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %76

76:                                               ; preds = %85, %73
  %77 = load i32, ptr %6, align 4
  %78 = icmp slt i32 %77, 100
  br i1 %78, label %79, label %88

79:                                               ; preds = %76
  %80 = load i32, ptr %6, align 4
  %81 = getelementptr inbounds [100 x i32], ptr @g_zero, i32 0, i32 %80
  %82 = load i32, ptr %81, align 4
  %83 = load i32, ptr %5, align 4
  %84 = add nsw i32 %83, %82
  store i32 %84, ptr %5, align 4
  br label %85

85:                                               ; preds = %79
  %86 = load i32, ptr %6, align 4
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %6, align 4
  br label %76, !llvm.loop !5

88:                                               ; preds = %76
  %89 = load i32, ptr %5, align 4
  %90 = load i32, ptr @g_partial, align 16
  %91 = load i32, ptr getelementptr inbounds nuw (%struct.Point, ptr getelementptr inbounds ([5 x %struct.Point], ptr @g_partial, i32 0, i32 2), i32 0, i32 1), align 4
  %92 = load i32, ptr getelementptr inbounds ([5 x %struct.Point], ptr @g_partial, i32 0, i32 3), align 8
  %93 = load i32, ptr getelementptr inbounds nuw (%struct.Point, ptr getelementptr inbounds ([5 x %struct.Point], ptr @g_partial, i32 0, i32 3), i32 0, i32 1), align 4
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, i32 noundef %89, i32 noundef %90, i32 noundef %91, i32 noundef %92, i32 noundef %93)
  %95 = load double, ptr @g_dtab, align 16
  %96 = load double, ptr getelementptr inbounds ([4 x double], ptr @g_dtab, i32 0, i32 1), align 8
  %97 = load double, ptr getelementptr inbounds ([4 x double], ptr @g_dtab, i32 0, i32 2), align 16
  %98 = load double, ptr getelementptr inbounds ([4 x double], ptr @g_dtab, i32 0, i32 3), align 8
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, double noundef %95, double noundef %96, double noundef %97, double noundef %98)
  %100 = load float, ptr @g_ftab, align 4
  %101 = fpext float %100 to double
  %102 = load float, ptr getelementptr inbounds ([3 x float], ptr @g_ftab, i32 0, i32 1), align 4
  %103 = fpext float %102 to double
  %104 = load float, ptr getelementptr inbounds ([3 x float], ptr @g_ftab, i32 0, i32 2), align 4
  %105 = fpext float %104 to double
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, double noundef %101, double noundef %103, double noundef %105)
  %107 = load i8, ptr @g_small, align 1
  %108 = sext i8 %107 to i32
  %109 = load i8, ptr getelementptr inbounds ([3 x i8], ptr @g_small, i32 0, i32 1), align 1
  %110 = sext i8 %109 to i32
  %111 = load i8, ptr getelementptr inbounds ([3 x i8], ptr @g_small, i32 0, i32 2), align 1
  %112 = sext i8 %111 to i32
  %113 = load i16, ptr @g_shorts, align 2
  %114 = zext i16 %113 to i32
  %115 = load i16, ptr getelementptr inbounds ([3 x i16], ptr @g_shorts, i32 0, i32 1), align 2
  %116 = zext i16 %115 to i32
  %117 = load i16, ptr getelementptr inbounds ([3 x i16], ptr @g_shorts, i32 0, i32 2), align 2
  %118 = zext i16 %117 to i32
  %119 = load i64, ptr @g_ll, align 8
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, i32 noundef %108, i32 noundef %110, i32 noundef %112, i32 noundef %114, i32 noundef %116, i32 noundef %118, i64 noundef %119)
  %121 = load ptr, ptr @g_self_ptrs, align 4
  %122 = load ptr, ptr %121, align 4
  %123 = icmp eq ptr %122, getelementptr inbounds ([3 x ptr], ptr @g_self_ptrs, i32 0, i32 2)
  %124 = zext i1 %123 to i32
  %125 = load ptr, ptr @g_pts_end, align 4
  %126 = ptrtoint ptr %125 to i32
  %127 = sub i32 %126, ptrtoint (ptr @g_partial to i32)
  %128 = sdiv exact i32 %127, 8
  %129 = call i32 (ptr, ...) @printf(ptr noundef @.str.21, i32 noundef %124, i32 noundef %128)
  %130 = load ptr, ptr @g_neg, align 4
  %131 = getelementptr inbounds i32, ptr %130, i32 -1
  %132 = load i32, ptr %131, align 4
  %133 = load ptr, ptr @g_neg, align 4
  %134 = getelementptr inbounds i32, ptr %133, i32 -3
  %135 = load i32, ptr %134, align 4
  %136 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, i32 noundef %132, i32 noundef %135)
  %137 = load ptr, ptr @g_elem, align 4
  %138 = getelementptr inbounds i32, ptr %137, i32 1
  store i32 -1, ptr %138, align 4
  store ptr getelementptr inbounds ([10 x i32], ptr @g_arr, i32 0, i32 2), ptr @g_ptr, align 4
  %139 = load i32, ptr getelementptr inbounds ([10 x i32], ptr @g_arr, i32 0, i32 8), align 16
  %140 = load ptr, ptr @g_pp, align 4
  %141 = load ptr, ptr %140, align 4
  %142 = load i32, ptr %141, align 4
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str.23, i32 noundef %139, i32 noundef %142)
  %144 = load i32, ptr @g_int, align 4
  %145 = load i32, ptr getelementptr inbounds ([10 x i32], ptr @g_arr, i32 0, i32 3), align 4
  %146 = add nsw i32 %144, %145
  ret i32 %146
}

declare i32 @printf(ptr noundef, ...) #1

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
