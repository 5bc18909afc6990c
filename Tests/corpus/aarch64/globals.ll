; ModuleID = 'globals.c'
source_filename = "globals.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Point = type { i32, i32 }
%struct.Line = type { %struct.Point, %struct.Point, ptr }
%struct.Ops = type { ptr, ptr, ptr }
%struct.ListNode = type { i32, ptr }

@g_int = dso_local global i32 17, align 4
@g_arr = dso_local global [10 x i32] [i32 0, i32 1, i32 4, i32 9, i32 16, i32 25, i32 36, i32 49, i32 64, i32 81], align 4
@g_ptr = dso_local global ptr @g_int, align 8
@g_elem = dso_local global ptr getelementptr (i8, ptr @g_arr, i64 28), align 8
@g_pp = dso_local global ptr @g_ptr, align 8
@g_pt = dso_local global %struct.Point { i32 3, i32 -4 }, align 4
@g_field = dso_local global ptr getelementptr (i8, ptr @g_pt, i64 4), align 8
@.str = private unnamed_addr constant [9 x i8] c"diagonal\00", align 1
@g_line = dso_local global %struct.Line { %struct.Point { i32 1, i32 2 }, %struct.Point { i32 5, i32 10 }, ptr @.str }, align 8
@g_deep = dso_local global ptr getelementptr (i8, ptr @g_line, i64 12), align 8
@.str.1 = private unnamed_addr constant [5 x i8] c"zero\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"two\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"three\00", align 1
@g_strs = dso_local global [5 x ptr] [ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr null], align 8
@.str.5 = private unnamed_addr constant [9 x i8] c"abcdefgh\00", align 1
@g_mid = dso_local global ptr getelementptr (i8, ptr @.str.5, i64 3), align 8
@g_text = dso_local constant [12 x i8] c"static text\00", align 1
@g_textp = dso_local global ptr getelementptr (i8, ptr @g_text, i64 7), align 8
@.str.6 = private unnamed_addr constant [7 x i8] c"incdec\00", align 1
@g_ops = dso_local global %struct.Ops { ptr @inc, ptr @dec, ptr @.str.6 }, align 8
@.str.7 = private unnamed_addr constant [3 x i8] c"up\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"down\00", align 1
@g_opstab = dso_local global [2 x %struct.Ops] [%struct.Ops { ptr @inc, ptr @inc, ptr @.str.7 }, %struct.Ops { ptr @dec, ptr @dec, ptr @.str.8 }], align 8
@g_fp = dso_local global ptr @dec, align 8
@g_head = dso_local global ptr @n1, align 8
@.str.9 = private unnamed_addr constant [29 x i8] c"int %d ptr %d elem %d pp %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [21 x i8] c"pt %d %d deep %d %s\0A\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.12 = private unnamed_addr constant [18 x i8] c"\0Amid %s textp %s\0A\00", align 1
@.str.13 = private unnamed_addr constant [14 x i8] c"ops %d %d %s\0A\00", align 1
@.str.14 = private unnamed_addr constant [17 x i8] c"tab %d %d %s %s\0A\00", align 1
@.str.15 = private unnamed_addr constant [7 x i8] c"fp %d\0A\00", align 1
@.str.16 = private unnamed_addr constant [9 x i8] c"list %d\0A\00", align 1
@g_zero = internal global [100 x i32] zeroinitializer, align 4
@.str.17 = private unnamed_addr constant [29 x i8] c"zero %d partial %d %d %d %d\0A\00", align 1
@g_partial = internal global [5 x %struct.Point] [%struct.Point { i32 1, i32 1 }, %struct.Point zeroinitializer, %struct.Point zeroinitializer, %struct.Point { i32 7, i32 8 }, %struct.Point zeroinitializer], align 4
@.str.18 = private unnamed_addr constant [26 x i8] c"dtab %.3f %.3f %.3e %.6f\0A\00", align 1
@g_dtab = internal constant [4 x double] [double 5.000000e-01, double -1.250000e+00, double 3.000000e+100, double 0x3FD5555555555555], align 8
@.str.19 = private unnamed_addr constant [21 x i8] c"ftab %.3f %.3f %.3f\0A\00", align 1
@g_ftab = internal constant [3 x float] [float 0x3FB99999A0000000, float 2.500000e+00, float -0.000000e+00], align 4
@.str.20 = private unnamed_addr constant [40 x i8] c"small %d %d %d shorts %u %u %u ll %lld\0A\00", align 1
@g_small = internal global [3 x i8] c"\FF\80\7F", align 1
@g_shorts = internal global [3 x i16] [i16 -1, i16 1, i16 -32768], align 2
@g_ll = internal global i64 -1234567890123456789, align 8
@.str.21 = private unnamed_addr constant [12 x i8] c"self %d %d\0A\00", align 1
@g_self_ptrs = internal global [3 x ptr] [ptr getelementptr (i8, ptr @g_self_ptrs, i64 8), ptr getelementptr (i8, ptr @g_self_ptrs, i64 16), ptr @g_self_ptrs], align 8
@g_pts_end = internal global ptr getelementptr (i8, ptr @g_partial, i64 40), align 8
@.str.22 = private unnamed_addr constant [11 x i8] c"neg %d %d\0A\00", align 1
@g_neg = internal global ptr getelementptr (i8, ptr @g_neg_idx_base, i64 12), align 8
@.str.23 = private unnamed_addr constant [11 x i8] c"mod %d %d\0A\00", align 1
@n1 = internal constant { i32, [4 x i8], ptr } { i32 1, [4 x i8] zeroinitializer, ptr @n2 }, align 8
@n2 = internal constant { i32, [4 x i8], ptr } { i32 2, [4 x i8] zeroinitializer, ptr @n3 }, align 8
@n3 = internal constant { i32, [4 x i8], ptr } { i32 3, [4 x i8] zeroinitializer, ptr null }, align 8
@g_neg_idx_base = internal global [4 x i32] [i32 10, i32 20, i32 30, i32 40], align 4

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @inc(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = add nsw i32 %3, 1
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @dec(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = sub nsw i32 %3, 1
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %7 = load i32, ptr @g_int, align 4
  %8 = load ptr, ptr @g_ptr, align 8
  %9 = load i32, ptr %8, align 4
  %10 = load ptr, ptr @g_elem, align 8
  %11 = load i32, ptr %10, align 4
  %12 = load ptr, ptr @g_pp, align 8
  %13 = load ptr, ptr %12, align 8
  %14 = load i32, ptr %13, align 4
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %7, i32 noundef %9, i32 noundef %11, i32 noundef %14)
  %16 = load ptr, ptr @g_field, align 8
  %17 = load i32, ptr %16, align 4
  %18 = add nsw i32 %17, 10
  store i32 %18, ptr %16, align 4
  %19 = load i32, ptr @g_pt, align 4
  %20 = load i32, ptr getelementptr inbounds nuw (%struct.Point, ptr @g_pt, i32 0, i32 1), align 4
  %21 = load ptr, ptr @g_deep, align 8
  %22 = load i32, ptr %21, align 4
  %23 = load ptr, ptr getelementptr inbounds nuw (%struct.Line, ptr @g_line, i32 0, i32 2), align 8
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %19, i32 noundef %20, i32 noundef %22, ptr noundef %23)
  store i32 0, ptr %2, align 4
  br label %25

25:                                               ; preds = %37, %0
  %26 = load i32, ptr %2, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [5 x ptr], ptr @g_strs, i64 0, i64 %27
  %29 = load ptr, ptr %28, align 8
  %30 = icmp ne ptr %29, null
  br i1 %30, label %31, label %40

31:                                               ; preds = %25
  %32 = load i32, ptr %2, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [5 x ptr], ptr @g_strs, i64 0, i64 %33
  %35 = load ptr, ptr %34, align 8
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %35)
  br label %37

37:                                               ; preds = %31
  %38 = load i32, ptr %2, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %2, align 4
  br label %25, !llvm.loop !6

40:                                               ; preds = %25
  %41 = load ptr, ptr @g_mid, align 8
  %42 = load ptr, ptr @g_textp, align 8
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, ptr noundef %41, ptr noundef %42)
  %44 = load ptr, ptr @g_ops, align 8
  %45 = call i32 %44(i32 noundef 5)
  %46 = load ptr, ptr getelementptr inbounds nuw (%struct.Ops, ptr @g_ops, i32 0, i32 1), align 8
  %47 = call i32 %46(i32 noundef 5)
  %48 = load ptr, ptr getelementptr inbounds nuw (%struct.Ops, ptr @g_ops, i32 0, i32 2), align 8
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %45, i32 noundef %47, ptr noundef %48)
  %50 = load ptr, ptr @g_opstab, align 8
  %51 = call i32 %50(i32 noundef 1)
  %52 = load ptr, ptr getelementptr inbounds nuw (%struct.Ops, ptr getelementptr inbounds ([2 x %struct.Ops], ptr @g_opstab, i64 0, i64 1), i32 0, i32 1), align 8
  %53 = call i32 %52(i32 noundef 1)
  %54 = load ptr, ptr getelementptr inbounds nuw (%struct.Ops, ptr @g_opstab, i32 0, i32 2), align 8
  %55 = load ptr, ptr getelementptr inbounds nuw (%struct.Ops, ptr getelementptr inbounds ([2 x %struct.Ops], ptr @g_opstab, i64 0, i64 1), i32 0, i32 2), align 8
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %51, i32 noundef %53, ptr noundef %54, ptr noundef %55)
  %57 = load ptr, ptr @g_fp, align 8
  %58 = call i32 %57(i32 noundef 100)
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef %58)
  store i32 0, ptr %3, align 4
  %60 = load ptr, ptr @g_head, align 8
  store ptr %60, ptr %4, align 8
  br label %61

61:                                               ; preds = %71, %40
  %62 = load ptr, ptr %4, align 8
  %63 = icmp ne ptr %62, null
  br i1 %63, label %64, label %75

64:                                               ; preds = %61
  %65 = load i32, ptr %3, align 4
  %66 = mul nsw i32 %65, 10
  %67 = load ptr, ptr %4, align 8
  %68 = getelementptr inbounds nuw %struct.ListNode, ptr %67, i32 0, i32 0
  %69 = load i32, ptr %68, align 8
  %70 = add nsw i32 %66, %69
  store i32 %70, ptr %3, align 4
  br label %71

71:                                               ; preds = %64
  %72 = load ptr, ptr %4, align 8
  %73 = getelementptr inbounds nuw %struct.ListNode, ptr %72, i32 0, i32 1
  %74 = load ptr, ptr %73, align 8
  store ptr %74, ptr %4, align 8
  br label %61, !llvm.loop !8

75:                                               ; preds = %61
  %76 = load i32, ptr %3, align 4
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %76)
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %78

78:                                               ; preds = %88, %75
  %79 = load i32, ptr %6, align 4
  %80 = icmp slt i32 %79, 100
  br i1 %80, label %81, label %91

81:                                               ; preds = %78
  %82 = load i32, ptr %6, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [100 x i32], ptr @g_zero, i64 0, i64 %83
  %85 = load i32, ptr %84, align 4
  %86 = load i32, ptr %5, align 4
  %87 = add nsw i32 %86, %85
  store i32 %87, ptr %5, align 4
  br label %88

88:                                               ; preds = %81
  %89 = load i32, ptr %6, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, ptr %6, align 4
  br label %78, !llvm.loop !9

91:                                               ; preds = %78
  %92 = load i32, ptr %5, align 4
  %93 = load i32, ptr @g_partial, align 4
  %94 = load i32, ptr getelementptr inbounds nuw (%struct.Point, ptr getelementptr inbounds ([5 x %struct.Point], ptr @g_partial, i64 0, i64 2), i32 0, i32 1), align 4
  %95 = load i32, ptr getelementptr inbounds ([5 x %struct.Point], ptr @g_partial, i64 0, i64 3), align 4
  %96 = load i32, ptr getelementptr inbounds nuw (%struct.Point, ptr getelementptr inbounds ([5 x %struct.Point], ptr @g_partial, i64 0, i64 3), i32 0, i32 1), align 4
  %97 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, i32 noundef %92, i32 noundef %93, i32 noundef %94, i32 noundef %95, i32 noundef %96)
  %98 = load double, ptr @g_dtab, align 8
  %99 = load double, ptr getelementptr inbounds ([4 x double], ptr @g_dtab, i64 0, i64 1), align 8
  %100 = load double, ptr getelementptr inbounds ([4 x double], ptr @g_dtab, i64 0, i64 2), align 8
  %101 = load double, ptr getelementptr inbounds ([4 x double], ptr @g_dtab, i64 0, i64 3), align 8
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, double noundef %98, double noundef %99, double noundef %100, double noundef %101)
  %103 = load float, ptr @g_ftab, align 4
  %104 = fpext float %103 to double
  %105 = load float, ptr getelementptr inbounds ([3 x float], ptr @g_ftab, i64 0, i64 1), align 4
  %106 = fpext float %105 to double
  %107 = load float, ptr getelementptr inbounds ([3 x float], ptr @g_ftab, i64 0, i64 2), align 4
  %108 = fpext float %107 to double
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, double noundef %104, double noundef %106, double noundef %108)
  %110 = load i8, ptr @g_small, align 1
  %111 = sext i8 %110 to i32
  %112 = load i8, ptr getelementptr inbounds ([3 x i8], ptr @g_small, i64 0, i64 1), align 1
  %113 = sext i8 %112 to i32
  %114 = load i8, ptr getelementptr inbounds ([3 x i8], ptr @g_small, i64 0, i64 2), align 1
  %115 = sext i8 %114 to i32
  %116 = load i16, ptr @g_shorts, align 2
  %117 = zext i16 %116 to i32
  %118 = load i16, ptr getelementptr inbounds ([3 x i16], ptr @g_shorts, i64 0, i64 1), align 2
  %119 = zext i16 %118 to i32
  %120 = load i16, ptr getelementptr inbounds ([3 x i16], ptr @g_shorts, i64 0, i64 2), align 2
  %121 = zext i16 %120 to i32
  %122 = load i64, ptr @g_ll, align 8
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, i32 noundef %111, i32 noundef %113, i32 noundef %115, i32 noundef %117, i32 noundef %119, i32 noundef %121, i64 noundef %122)
  %124 = load ptr, ptr @g_self_ptrs, align 8
  %125 = load ptr, ptr %124, align 8
  %126 = icmp eq ptr %125, getelementptr inbounds ([3 x ptr], ptr @g_self_ptrs, i64 0, i64 2)
  %127 = zext i1 %126 to i32
  %128 = load ptr, ptr @g_pts_end, align 8
  %129 = ptrtoint ptr %128 to i64
  %130 = sub i64 %129, ptrtoint (ptr @g_partial to i64)
  %131 = sdiv exact i64 %130, 8
  %132 = trunc i64 %131 to i32
  %133 = call i32 (ptr, ...) @printf(ptr noundef @.str.21, i32 noundef %127, i32 noundef %132)
  %134 = load ptr, ptr @g_neg, align 8
  %135 = getelementptr inbounds i32, ptr %134, i64 -1
  %136 = load i32, ptr %135, align 4
  %137 = load ptr, ptr @g_neg, align 8
  %138 = getelementptr inbounds i32, ptr %137, i64 -3
  %139 = load i32, ptr %138, align 4
  %140 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, i32 noundef %136, i32 noundef %139)
  %141 = load ptr, ptr @g_elem, align 8
  %142 = getelementptr inbounds i32, ptr %141, i64 1
  store i32 -1, ptr %142, align 4
  store ptr getelementptr inbounds ([10 x i32], ptr @g_arr, i64 0, i64 2), ptr @g_ptr, align 8
  %143 = load i32, ptr getelementptr inbounds ([10 x i32], ptr @g_arr, i64 0, i64 8), align 4
  %144 = load ptr, ptr @g_pp, align 8
  %145 = load ptr, ptr %144, align 8
  %146 = load i32, ptr %145, align 4
  %147 = call i32 (ptr, ...) @printf(ptr noundef @.str.23, i32 noundef %143, i32 noundef %146)
  %148 = load i32, ptr @g_int, align 4
  %149 = load i32, ptr getelementptr inbounds ([10 x i32], ptr @g_arr, i64 0, i64 3), align 4
  %150 = add nsw i32 %148, %149
  ret i32 %150
}

declare i32 @printf(ptr noundef, ...) #1

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
