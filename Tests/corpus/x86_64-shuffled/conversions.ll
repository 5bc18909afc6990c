; ModuleID = 'conversions.c'
source_filename = "conversions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [43 x i8] c"u64 %llu -> %.1f -> %llu | f %.1f -> %llu\0A\00", align 1
@.str.1 = private unnamed_addr constant [26 x i8] c"s64 %lld -> %.1f -> %lld\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"u32 %.1f %u %.1f %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"s32 %.1f %d %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [19 x i8] c"small %d %u %d %u\0A\00", align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"small2 %.1f %.1f\0A\00", align 1
@.str.6 = private unnamed_addr constant [23 x i8] c"round %.9g %.9g %.17g\0A\00", align 1
@.str.7 = private unnamed_addr constant [26 x i8] c"trunc-tz %lld %lld %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"sum %llu\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
v0:
  %v1 = alloca i32, align 4
  %v2 = alloca [7 x i64], align 16
  %v3 = alloca i32, align 4
  %v4 = alloca double, align 8
  %v5 = alloca float, align 4
  %v6 = alloca [5 x i64], align 16
  %v7 = alloca i32, align 4
  %v8 = alloca i64, align 8
  %v9 = alloca i32, align 4
  %v10 = alloca double, align 8
  store i32 0, ptr %v1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %v2, i8 0, i64 56, i1 false)
  %v11 = getelementptr inbounds [7 x i64], ptr %v2, i32 0, i32 1
  store i64 1, ptr %v11, align 8
  %v12 = getelementptr inbounds [7 x i64], ptr %v2, i32 0, i32 2
  store i64 9007199254740993, ptr %v12, align 16
  %v13 = getelementptr inbounds [7 x i64], ptr %v2, i32 0, i32 3
  store i64 -9223372036854775808, ptr %v13, align 8
  %v14 = getelementptr inbounds [7 x i64], ptr %v2, i32 0, i32 4
  store i64 -2048, ptr %v14, align 16
  %v15 = getelementptr inbounds [7 x i64], ptr %v2, i32 0, i32 5
  store i64 -6101065172474983726, ptr %v15, align 8
  %v16 = getelementptr inbounds [7 x i64], ptr %v2, i32 0, i32 6
  store i64 -9223372036854774783, ptr %v16, align 16
  store i32 0, ptr %v3, align 4
  br label %v17
v131:                                              ; preds = %v115
  %v132 = load i64, ptr %v8, align 8
  %v133 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %v132)
  %v134 = load i64, ptr %v8, align 8
  %v135 = and i64 %v134, 127
  %v136 = trunc i64 %v135 to i32
  ret i32 %v136
v80:                                               ; preds = %v57
  %v81 = call float @u32_to_f(i32 noundef -1)
  %v82 = fpext float %v81 to double
  %v83 = call i32 @f_to_u32(float noundef 0x41EFFFFFE0000000)
  %v84 = call double @u32_to_d(i32 noundef -1)
  %v85 = call i32 @d_to_u32(double noundef 0x41EFFFFFFFFCCCCD)
  %v86 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %v82, i32 noundef %v83, double noundef %v84, i32 noundef %v85)
  %v87 = call float @s32_to_f(i32 noundef -2147483648)
  %v88 = fpext float %v87 to double
  %v89 = call i32 @f_to_s32(float noundef 0xC1E0000000000000)
  %v90 = call i32 @f_to_s32(float noundef 0xC01F9999A0000000)
  %v91 = call i32 @f_to_s32(float noundef 0x401F9999A0000000)
  %v92 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %v88, i32 noundef %v89, i32 noundef %v90, i32 noundef %v91)
  %v93 = call signext i8 @d_to_s8(double noundef -1.289900e+02)
  %v94 = sext i8 %v93 to i32
  %v95 = call zeroext i8 @d_to_u8(double noundef 2.555000e+02)
  %v96 = zext i8 %v95 to i32
  %v97 = call signext i16 @f_to_s16(float noundef -3.276800e+04)
  %v98 = sext i16 %v97 to i32
  %v99 = call zeroext i16 @f_to_u16(float noundef 6.553500e+04)
  %v100 = zext i16 %v99 to i32
  %v101 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %v94, i32 noundef %v96, i32 noundef %v98, i32 noundef %v100)
  %v102 = call double @s8_to_d(i8 noundef signext -100)
  %v103 = call float @u16_to_f(i16 noundef zeroext -1)
  %v104 = fpext float %v103 to double
  %v105 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %v102, double noundef %v104)
  %v106 = call float @d_to_f(double noundef 1.000000e-01)
  %v107 = fpext float %v106 to double
  %v108 = call float @d_to_f(double noundef 0x4170000010000000)
  %v109 = fpext float %v108 to double
  %v110 = call double @f_to_d(float noundef 0x3FB99999A0000000)
  %v111 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %v107, double noundef %v109, double noundef %v110)
  %v112 = call i64 @d_to_s64(double noundef -2.500000e+00)
  %v113 = call i64 @d_to_s64(double noundef 2.500000e+00)
  %v114 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %v112, i64 noundef %v113, i32 noundef 0, i32 noundef 0)
  store i64 0, ptr %v8, align 8
  store i32 0, ptr %v9, align 4
  br label %v115
v17:                                               ; preds = %v49, %v0
  %v18 = load i32, ptr %v3, align 4
  %v19 = icmp slt i32 %v18, 7
  br i1 %v19, label %v20, label %v52
v128:                                              ; preds = %v118
  %v129 = load i32, ptr %v9, align 4
  %v130 = add i32 %v129, 1
  store i32 %v130, ptr %v9, align 4
  br label %v115, !llvm.loop !9
v52:                                               ; preds = %v17
  call void @llvm.memset.p0.i64(ptr align 16 %v6, i8 0, i64 40, i1 false)
  %v53 = getelementptr inbounds [5 x i64], ptr %v6, i32 0, i32 0
  store i64 -9223372036854775808, ptr %v53, align 16
  %v54 = getelementptr inbounds [5 x i64], ptr %v6, i32 0, i32 1
  store i64 -1, ptr %v54, align 8
  %v55 = getelementptr inbounds [5 x i64], ptr %v6, i32 0, i32 3
  store i64 4503599627370497, ptr %v55, align 8
  %v56 = getelementptr inbounds [5 x i64], ptr %v6, i32 0, i32 4
  store i64 9223372036854774784, ptr %v56, align 16
  store i32 0, ptr %v7, align 4
  br label %v57
v49:                                               ; preds = %v46
  %v50 = load i32, ptr %v3, align 4
  %v51 = add nsw i32 %v50, 1
  store i32 %v51, ptr %v3, align 4
  br label %v17, !llvm.loop !6
v45:                                               ; preds = %v20
  br label %v46
v60:                                               ; preds = %v57
  %v61 = load i32, ptr %v7, align 4
  %v62 = sext i32 %v61 to i64
  %v63 = getelementptr inbounds [5 x i64], ptr %v6, i64 0, i64 %v62
  %v64 = load i64, ptr %v63, align 8
  %v65 = load i32, ptr %v7, align 4
  %v66 = sext i32 %v65 to i64
  %v67 = getelementptr inbounds [5 x i64], ptr %v6, i64 0, i64 %v66
  %v68 = load i64, ptr %v67, align 8
  %v69 = call double @s64_to_d(i64 noundef %v68)
  %v70 = load i32, ptr %v7, align 4
  %v71 = sext i32 %v70 to i64
  %v72 = getelementptr inbounds [5 x i64], ptr %v6, i64 0, i64 %v71
  %v73 = load i64, ptr %v72, align 8
  %v74 = call double @s64_to_d(i64 noundef %v73)
  %v75 = call i64 @d_to_s64(double noundef %v74)
  %v76 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %v64, double noundef %v69, i64 noundef %v75)
  br label %v77
v57:                                               ; preds = %v77, %v52
  %v58 = load i32, ptr %v7, align 4
  %v59 = icmp slt i32 %v58, 5
  br i1 %v59, label %v60, label %v80
v115:                                              ; preds = %v128, %v80
  %v116 = load i32, ptr %v9, align 4
  %v117 = icmp ult i32 %v116, 64
  br i1 %v117, label %v118, label %v131
v46:                                               ; preds = %v45, %v42
  %v47 = phi i64 [ %v44, %v42 ], [ 0, %v45 ]
  %v48 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %v34, double noundef %v35, i64 noundef %v37, double noundef %v39, i64 noundef %v47)
  br label %v49
v20:                                               ; preds = %v17
  %v21 = load i32, ptr %v3, align 4
  %v22 = sext i32 %v21 to i64
  %v23 = getelementptr inbounds [7 x i64], ptr %v2, i64 0, i64 %v22
  %v24 = load i64, ptr %v23, align 8
  %v25 = call double @u64_to_d(i64 noundef %v24)
  store double %v25, ptr %v4, align 8
  %v26 = load i32, ptr %v3, align 4
  %v27 = sext i32 %v26 to i64
  %v28 = getelementptr inbounds [7 x i64], ptr %v2, i64 0, i64 %v27
  %v29 = load i64, ptr %v28, align 8
  %v30 = call float @u64_to_f(i64 noundef %v29)
  store float %v30, ptr %v5, align 4
  %v31 = load i32, ptr %v3, align 4
  %v32 = sext i32 %v31 to i64
  %v33 = getelementptr inbounds [7 x i64], ptr %v2, i64 0, i64 %v32
  %v34 = load i64, ptr %v33, align 8
  %v35 = load double, ptr %v4, align 8
  %v36 = load double, ptr %v4, align 8
  %v37 = call i64 @d_to_u64(double noundef %v36)
  %v38 = load float, ptr %v5, align 4
  %v39 = fpext float %v38 to double
  %v40 = load float, ptr %v5, align 4
  %v41 = fcmp olt float %v40, 0x43EF399B20000000
  br i1 %v41, label %v42, label %v45
v118:                                              ; preds = %v115
  %v119 = load i32, ptr %v9, align 4
  %v120 = zext i32 %v119 to i64
  %v121 = shl i64 1, %v120
  %v122 = call double @u64_to_d(i64 noundef %v121)
  %v123 = fmul double %v122, 7.500000e-01
  store double %v123, ptr %v10, align 8
  %v124 = load double, ptr %v10, align 8
  %v125 = call i64 @d_to_u64(double noundef %v124)
  %v126 = load i64, ptr %v8, align 8
  %v127 = add i64 %v126, %v125
  store i64 %v127, ptr %v8, align 8
  br label %v128
v77:                                               ; preds = %v60
  %v78 = load i32, ptr %v7, align 4
  %v79 = add nsw i32 %v78, 1
  store i32 %v79, ptr %v7, align 4
  br label %v57, !llvm.loop !8
v42:                                               ; preds = %v20
  %v43 = load float, ptr %v5, align 4
  %v44 = call i64 @f_to_u64(float noundef %v43)
  br label %v46
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal double @u64_to_d(i64 noundef %v0) #0 {
v1:
  %v2 = alloca i64, align 8
  store i64 %v0, ptr %v2, align 8
  %v3 = load i64, ptr %v2, align 8
  %v4 = uitofp i64 %v3 to double
  ret double %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @u64_to_f(i64 noundef %v0) #0 {
v1:
  %v2 = alloca i64, align 8
  store i64 %v0, ptr %v2, align 8
  %v3 = load i64, ptr %v2, align 8
  %v4 = uitofp i64 %v3 to float
  ret float %v4
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @d_to_u64(double noundef %v0) #0 {
v1:
  %v2 = alloca double, align 8
  store double %v0, ptr %v2, align 8
  %v3 = load double, ptr %v2, align 8
  %v4 = fptoui double %v3 to i64
  ret i64 %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @f_to_u64(float noundef %v0) #0 {
v1:
  %v2 = alloca float, align 4
  store float %v0, ptr %v2, align 4
  %v3 = load float, ptr %v2, align 4
  %v4 = fptoui float %v3 to i64
  ret i64 %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @s64_to_d(i64 noundef %v0) #0 {
v1:
  %v2 = alloca i64, align 8
  store i64 %v0, ptr %v2, align 8
  %v3 = load i64, ptr %v2, align 8
  %v4 = sitofp i64 %v3 to double
  ret double %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @d_to_s64(double noundef %v0) #0 {
v1:
  %v2 = alloca double, align 8
  store double %v0, ptr %v2, align 8
  %v3 = load double, ptr %v2, align 8
  %v4 = fptosi double %v3 to i64
  ret i64 %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @u32_to_f(i32 noundef %v0) #0 {
v1:
  %v2 = alloca i32, align 4
  store i32 %v0, ptr %v2, align 4
  %v3 = load i32, ptr %v2, align 4
  %v4 = uitofp i32 %v3 to float
  ret float %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @f_to_u32(float noundef %v0) #0 {
v1:
  %v2 = alloca float, align 4
  store float %v0, ptr %v2, align 4
  %v3 = load float, ptr %v2, align 4
  %v4 = fptoui float %v3 to i32
  ret i32 %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @u32_to_d(i32 noundef %v0) #0 {
v1:
  %v2 = alloca i32, align 4
  store i32 %v0, ptr %v2, align 4
  %v3 = load i32, ptr %v2, align 4
  %v4 = uitofp i32 %v3 to double
  ret double %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @d_to_u32(double noundef %v0) #0 {
v1:
  %v2 = alloca double, align 8
  store double %v0, ptr %v2, align 8
  %v3 = load double, ptr %v2, align 8
  %v4 = fptoui double %v3 to i32
  ret i32 %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @s32_to_f(i32 noundef %v0) #0 {
v1:
  %v2 = alloca i32, align 4
  store i32 %v0, ptr %v2, align 4
  %v3 = load i32, ptr %v2, align 4
  %v4 = sitofp i32 %v3 to float
  ret float %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @f_to_s32(float noundef %v0) #0 {
v1:
  %v2 = alloca float, align 4
  store float %v0, ptr %v2, align 4
  %v3 = load float, ptr %v2, align 4
  %v4 = fptosi float %v3 to i32
  ret i32 %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i8 @d_to_s8(double noundef %v0) #0 {
v1:
  %v2 = alloca double, align 8
  store double %v0, ptr %v2, align 8
  %v3 = load double, ptr %v2, align 8
  %v4 = fptosi double %v3 to i8
  ret i8 %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i8 @d_to_u8(double noundef %v0) #0 {
v1:
  %v2 = alloca double, align 8
  store double %v0, ptr %v2, align 8
  %v3 = load double, ptr %v2, align 8
  %v4 = fptoui double %v3 to i8
  ret i8 %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i16 @f_to_s16(float noundef %v0) #0 {
v1:
  %v2 = alloca float, align 4
  store float %v0, ptr %v2, align 4
  %v3 = load float, ptr %v2, align 4
  %v4 = fptosi float %v3 to i16
  ret i16 %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i16 @f_to_u16(float noundef %v0) #0 {
v1:
  %v2 = alloca float, align 4
  store float %v0, ptr %v2, align 4
  %v3 = load float, ptr %v2, align 4
  %v4 = fptoui float %v3 to i16
  ret i16 %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @s8_to_d(i8 noundef signext %v0) #0 {
v1:
  %v2 = alloca i8, align 1
  store i8 %v0, ptr %v2, align 1
  %v3 = load i8, ptr %v2, align 1
  %v4 = sitofp i8 %v3 to double
  ret double %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @u16_to_f(i16 noundef zeroext %v0) #0 {
v1:
  %v2 = alloca i16, align 2
  store i16 %v0, ptr %v2, align 2
  %v3 = load i16, ptr %v2, align 2
  %v4 = uitofp i16 %v3 to float
  ret float %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @d_to_f(double noundef %v0) #0 {
v1:
  %v2 = alloca double, align 8
  store double %v0, ptr %v2, align 8
  %v3 = load double, ptr %v2, align 8
  %v4 = fptrunc double %v3 to float
  ret float %v4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @f_to_d(float noundef %v0) #0 {
v1:
  %v2 = alloca float, align 4
  store float %v0, ptr %v2, align 4
  %v3 = load float, ptr %v2, align 4
  %v4 = fpext float %v3 to double
  ret double %v4
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!9 = distinct !{!9, !7}
