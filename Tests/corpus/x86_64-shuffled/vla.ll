; ModuleID = 'vla.c'
source_filename = "vla.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [11 x i8] c"loop %lld\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"trace %d %lld\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"pascal %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"harm %.6f size %u\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
v0:
  %v1 = alloca i32, align 4
  %v2 = alloca i64, align 8
  %v3 = alloca i32, align 4
  %v4 = alloca ptr, align 8
  %v5 = alloca i64, align 8
  %v6 = alloca i32, align 4
  %v7 = alloca i32, align 4
  %v8 = alloca ptr, align 8
  %v9 = alloca i64, align 8
  %v10 = alloca i64, align 8
  %v11 = alloca i32, align 4
  %v12 = alloca i32, align 4
  %v13 = alloca i32, align 4
  %v14 = alloca ptr, align 8
  %v15 = alloca i64, align 8
  %v16 = alloca i32, align 4
  %v17 = alloca double, align 8
  %v18 = alloca i32, align 4
  store i32 0, ptr %v1, align 4
  store i64 0, ptr %v2, align 8
  store i32 1, ptr %v3, align 4
  br label %v19
v129:                                              ; preds = %v114
  store double 0.000000e+00, ptr %v17, align 8
  store i32 0, ptr %v18, align 4
  br label %v130
v141:                                              ; preds = %v134
  %v142 = load i32, ptr %v18, align 4
  %v143 = add nsw i32 %v142, 1
  store i32 %v143, ptr %v18, align 4
  br label %v130, !llvm.loop !13
v72:                                               ; preds = %v68
  store i32 0, ptr %v12, align 4
  br label %v73
v68:                                               ; preds = %v94, %v60
  %v69 = load i32, ptr %v11, align 4
  %v70 = load i32, ptr %v7, align 4
  %v71 = icmp slt i32 %v69, %v70
  br i1 %v71, label %v72, label %v97
v126:                                              ; preds = %v118
  %v127 = load i32, ptr %v16, align 4
  %v128 = add nsw i32 %v127, 1
  store i32 %v128, ptr %v16, align 4
  br label %v114, !llvm.loop !12
v22:                                               ; preds = %v19
  %v23 = load i32, ptr %v3, align 4
  %v24 = mul nsw i32 %v23, 100
  %v25 = zext i32 %v24 to i64
  %v26 = call ptr @llvm.stacksave.p0()
  store ptr %v26, ptr %v4, align 8
  %v27 = alloca i32, i64 %v25, align 16
  store i64 %v25, ptr %v5, align 8
  store i32 0, ptr %v6, align 4
  br label %v28
v43:                                               ; preds = %v28
  %v44 = load i32, ptr %v3, align 4
  %v45 = mul nsw i32 %v44, 100
  %v46 = call i32 @sum_vla(i32 noundef %v45, ptr noundef %v27)
  %v47 = sext i32 %v46 to i64
  %v48 = load i64, ptr %v2, align 8
  %v49 = add nsw i64 %v48, %v47
  store i64 %v49, ptr %v2, align 8
  %v50 = load ptr, ptr %v4, align 8
  call void @llvm.stackrestore.p0(ptr %v50)
  br label %v51
v144:                                              ; preds = %v130
  %v145 = load double, ptr %v17, align 8
  %v146 = mul nuw i64 8, %v111
  %v147 = trunc i64 %v146 to i32
  %v148 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %v145, i32 noundef %v147)
  %v149 = load i64, ptr %v2, align 8
  %v150 = srem i64 %v149, 97
  %v151 = trunc i64 %v150 to i32
  store i32 %v151, ptr %v1, align 4
  %v152 = load ptr, ptr %v14, align 8
  call void @llvm.stackrestore.p0(ptr %v152)
  %v153 = load i32, ptr %v1, align 4
  ret i32 %v153
v106:                                              ; preds = %v57
  %v107 = call i32 @pascal_row(i32 noundef 10)
  %v108 = call i32 @pascal_row(i32 noundef 20)
  %v109 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %v107, i32 noundef %v108)
  store i32 7, ptr %v13, align 4
  %v110 = load i32, ptr %v13, align 4
  %v111 = zext i32 %v110 to i64
  %v112 = call ptr @llvm.stacksave.p0()
  store ptr %v112, ptr %v14, align 8
  %v113 = alloca double, i64 %v111, align 16
  store i64 %v111, ptr %v15, align 8
  store i32 0, ptr %v16, align 4
  br label %v114
v77:                                               ; preds = %v73
  %v78 = load i32, ptr %v11, align 4
  %v79 = add nsw i32 %v78, 1
  %v80 = load i32, ptr %v12, align 4
  %v81 = add nsw i32 %v80, 2
  %v82 = mul nsw i32 %v79, %v81
  %v83 = load i32, ptr %v11, align 4
  %v84 = sext i32 %v83 to i64
  %v85 = mul nsw i64 %v84, %v64
  %v86 = getelementptr inbounds i32, ptr %v67, i64 %v85
  %v87 = load i32, ptr %v12, align 4
  %v88 = sext i32 %v87 to i64
  %v89 = getelementptr inbounds i32, ptr %v86, i64 %v88
  store i32 %v82, ptr %v89, align 4
  br label %v90
v60:                                               ; preds = %v57
  %v61 = load i32, ptr %v7, align 4
  %v62 = zext i32 %v61 to i64
  %v63 = load i32, ptr %v7, align 4
  %v64 = zext i32 %v63 to i64
  %v65 = call ptr @llvm.stacksave.p0()
  store ptr %v65, ptr %v8, align 8
  %v66 = mul nuw i64 %v62, %v64
  %v67 = alloca i32, i64 %v66, align 16
  store i64 %v62, ptr %v9, align 8
  store i64 %v64, ptr %v10, align 8
  store i32 0, ptr %v11, align 4
  br label %v68
v97:                                               ; preds = %v68
  %v98 = load i32, ptr %v7, align 4
  %v99 = load i32, ptr %v7, align 4
  %v100 = call i64 @mat_trace(i32 noundef %v99, ptr noundef %v67)
  %v101 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %v98, i64 noundef %v100)
  %v102 = load ptr, ptr %v8, align 8
  call void @llvm.stackrestore.p0(ptr %v102)
  br label %v103
v94:                                               ; preds = %v93
  %v95 = load i32, ptr %v11, align 4
  %v96 = add nsw i32 %v95, 1
  store i32 %v96, ptr %v11, align 4
  br label %v68, !llvm.loop !10
v19:                                               ; preds = %v51, %v0
  %v20 = load i32, ptr %v3, align 4
  %v21 = icmp sle i32 %v20, 20
  br i1 %v21, label %v22, label %v54
v54:                                               ; preds = %v19
  %v55 = load i64, ptr %v2, align 8
  %v56 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %v55)
  store i32 1, ptr %v7, align 4
  br label %v57
v118:                                              ; preds = %v114
  %v119 = load i32, ptr %v16, align 4
  %v120 = add nsw i32 %v119, 1
  %v121 = sitofp i32 %v120 to double
  %v122 = fdiv double 1.000000e+00, %v121
  %v123 = load i32, ptr %v16, align 4
  %v124 = sext i32 %v123 to i64
  %v125 = getelementptr inbounds double, ptr %v113, i64 %v124
  store double %v122, ptr %v125, align 8
  br label %v126
v51:                                               ; preds = %v43
  %v52 = load i32, ptr %v3, align 4
  %v53 = add nsw i32 %v52, 1
  store i32 %v53, ptr %v3, align 4
  br label %v19, !llvm.loop !8
v73:                                               ; preds = %v90, %v72
  %v74 = load i32, ptr %v12, align 4
  %v75 = load i32, ptr %v7, align 4
  %v76 = icmp slt i32 %v74, %v75
  br i1 %v76, label %v77, label %v93
v114:                                              ; preds = %v126, %v106
  %v115 = load i32, ptr %v16, align 4
  %v116 = load i32, ptr %v13, align 4
  %v117 = icmp slt i32 %v115, %v116
  br i1 %v117, label %v118, label %v129
v90:                                               ; preds = %v77
  %v91 = load i32, ptr %v12, align 4
  %v92 = add nsw i32 %v91, 1
  store i32 %v92, ptr %v12, align 4
  br label %v73, !llvm.loop !9
v93:                                               ; preds = %v73
  br label %v94
v33:                                               ; preds = %v28
  %v34 = load i32, ptr %v6, align 4
  %v35 = load i32, ptr %v3, align 4
  %v36 = xor i32 %v34, %v35
  %v37 = load i32, ptr %v6, align 4
  %v38 = sext i32 %v37 to i64
  %v39 = getelementptr inbounds i32, ptr %v27, i64 %v38
  store i32 %v36, ptr %v39, align 4
  br label %v40
v57:                                               ; preds = %v103, %v54
  %v58 = load i32, ptr %v7, align 4
  %v59 = icmp sle i32 %v58, 5
  br i1 %v59, label %v60, label %v106
v28:                                               ; preds = %v40, %v22
  %v29 = load i32, ptr %v6, align 4
  %v30 = load i32, ptr %v3, align 4
  %v31 = mul nsw i32 %v30, 100
  %v32 = icmp slt i32 %v29, %v31
  br i1 %v32, label %v33, label %v43
v130:                                              ; preds = %v141, %v129
  %v131 = load i32, ptr %v18, align 4
  %v132 = load i32, ptr %v13, align 4
  %v133 = icmp slt i32 %v131, %v132
  br i1 %v133, label %v134, label %v144
v134:                                              ; preds = %v130
  %v135 = load i32, ptr %v18, align 4
  %v136 = sext i32 %v135 to i64
  %v137 = getelementptr inbounds double, ptr %v113, i64 %v136
  %v138 = load double, ptr %v137, align 8
  %v139 = load double, ptr %v17, align 8
  %v140 = fadd double %v139, %v138
  store double %v140, ptr %v17, align 8
  br label %v141
v103:                                              ; preds = %v97
  %v104 = load i32, ptr %v7, align 4
  %v105 = add nsw i32 %v104, 1
  store i32 %v105, ptr %v7, align 4
  br label %v57, !llvm.loop !11
v40:                                               ; preds = %v33
  %v41 = load i32, ptr %v6, align 4
  %v42 = add nsw i32 %v41, 1
  store i32 %v42, ptr %v6, align 4
  br label %v28, !llvm.loop !6
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sum_vla(i32 noundef %v0, ptr noundef %v1) #0 {
v2:
  %v3 = alloca i32, align 4
  %v4 = alloca ptr, align 8
  %v5 = alloca i32, align 4
  %v6 = alloca i32, align 4
  store i32 %v0, ptr %v3, align 4
  store ptr %v1, ptr %v4, align 8
  %v7 = load i32, ptr %v3, align 4
  %v8 = zext i32 %v7 to i64
  store i32 0, ptr %v5, align 4
  store i32 0, ptr %v6, align 4
  br label %v9
v13:                                               ; preds = %v9
  %v14 = load ptr, ptr %v4, align 8
  %v15 = load i32, ptr %v6, align 4
  %v16 = sext i32 %v15 to i64
  %v17 = getelementptr inbounds i32, ptr %v14, i64 %v16
  %v18 = load i32, ptr %v17, align 4
  %v19 = load i32, ptr %v5, align 4
  %v20 = add nsw i32 %v19, %v18
  store i32 %v20, ptr %v5, align 4
  br label %v21
v21:                                               ; preds = %v13
  %v22 = load i32, ptr %v6, align 4
  %v23 = add nsw i32 %v22, 1
  store i32 %v23, ptr %v6, align 4
  br label %v9, !llvm.loop !14
v24:                                               ; preds = %v9
  %v25 = load i32, ptr %v5, align 4
  ret i32 %v25
v9:                                                ; preds = %v21, %v2
  %v10 = load i32, ptr %v6, align 4
  %v11 = load i32, ptr %v3, align 4
  %v12 = icmp slt i32 %v10, %v11
  br i1 %v12, label %v13, label %v24
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @mat_trace(i32 noundef %v0, ptr noundef %v1) #0 {
v2:
  %v3 = alloca i32, align 4
  %v4 = alloca ptr, align 8
  %v5 = alloca i64, align 8
  %v6 = alloca i32, align 4
  store i32 %v0, ptr %v3, align 4
  store ptr %v1, ptr %v4, align 8
  %v7 = load i32, ptr %v3, align 4
  %v8 = zext i32 %v7 to i64
  %v9 = load i32, ptr %v3, align 4
  %v10 = zext i32 %v9 to i64
  store i64 0, ptr %v5, align 8
  store i32 0, ptr %v6, align 4
  br label %v11
v15:                                               ; preds = %v11
  %v16 = load ptr, ptr %v4, align 8
  %v17 = load i32, ptr %v6, align 4
  %v18 = sext i32 %v17 to i64
  %v19 = mul nsw i64 %v18, %v10
  %v20 = getelementptr inbounds i32, ptr %v16, i64 %v19
  %v21 = load i32, ptr %v6, align 4
  %v22 = sext i32 %v21 to i64
  %v23 = getelementptr inbounds i32, ptr %v20, i64 %v22
  %v24 = load i32, ptr %v23, align 4
  %v25 = sext i32 %v24 to i64
  %v26 = load i64, ptr %v5, align 8
  %v27 = add nsw i64 %v26, %v25
  store i64 %v27, ptr %v5, align 8
  br label %v28
v11:                                               ; preds = %v28, %v2
  %v12 = load i32, ptr %v6, align 4
  %v13 = load i32, ptr %v3, align 4
  %v14 = icmp slt i32 %v12, %v13
  br i1 %v14, label %v15, label %v31
v28:                                               ; preds = %v15
  %v29 = load i32, ptr %v6, align 4
  %v30 = add nsw i32 %v29, 1
  store i32 %v30, ptr %v6, align 4
  br label %v11, !llvm.loop !15
v31:                                               ; preds = %v11
  %v32 = load i64, ptr %v5, align 8
  ret i64 %v32
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @pascal_row(i32 noundef %v0) #0 {
v1:
  %v2 = alloca i32, align 4
  %v3 = alloca ptr, align 8
  %v4 = alloca i64, align 8
  %v5 = alloca i32, align 4
  %v6 = alloca i32, align 4
  store i32 %v0, ptr %v2, align 4
  %v7 = load i32, ptr %v2, align 4
  %v8 = add nsw i32 %v7, 1
  %v9 = zext i32 %v8 to i64
  %v10 = call ptr @llvm.stacksave.p0()
  store ptr %v10, ptr %v3, align 8
  %v11 = alloca i32, i64 %v9, align 16
  store i64 %v9, ptr %v4, align 8
  store i32 0, ptr %v5, align 4
  br label %v12
v43:                                               ; preds = %v12
  %v44 = load i32, ptr %v2, align 4
  %v45 = add nsw i32 %v44, 1
  %v46 = call i32 @sum_vla(i32 noundef %v45, ptr noundef %v11)
  %v47 = load i32, ptr %v2, align 4
  %v48 = sdiv i32 %v47, 2
  %v49 = sext i32 %v48 to i64
  %v50 = getelementptr inbounds i32, ptr %v11, i64 %v49
  %v51 = load i32, ptr %v50, align 4
  %v52 = add nsw i32 %v46, %v51
  %v53 = load ptr, ptr %v3, align 8
  call void @llvm.stackrestore.p0(ptr %v53)
  ret i32 %v52
v22:                                               ; preds = %v36, %v16
  %v23 = load i32, ptr %v6, align 4
  %v24 = icmp sgt i32 %v23, 0
  br i1 %v24, label %v25, label %v39
v25:                                               ; preds = %v22
  %v26 = load i32, ptr %v6, align 4
  %v27 = sub nsw i32 %v26, 1
  %v28 = sext i32 %v27 to i64
  %v29 = getelementptr inbounds i32, ptr %v11, i64 %v28
  %v30 = load i32, ptr %v29, align 4
  %v31 = load i32, ptr %v6, align 4
  %v32 = sext i32 %v31 to i64
  %v33 = getelementptr inbounds i32, ptr %v11, i64 %v32
  %v34 = load i32, ptr %v33, align 4
  %v35 = add nsw i32 %v34, %v30
  store i32 %v35, ptr %v33, align 4
  br label %v36
v16:                                               ; preds = %v12
  %v17 = load i32, ptr %v5, align 4
  %v18 = sext i32 %v17 to i64
  %v19 = getelementptr inbounds i32, ptr %v11, i64 %v18
  store i32 1, ptr %v19, align 4
  %v20 = load i32, ptr %v5, align 4
  %v21 = sub nsw i32 %v20, 1
  store i32 %v21, ptr %v6, align 4
  br label %v22
v36:                                               ; preds = %v25
  %v37 = load i32, ptr %v6, align 4
  %v38 = add nsw i32 %v37, -1
  store i32 %v38, ptr %v6, align 4
  br label %v22, !llvm.loop !16
v12:                                               ; preds = %v40, %v1
  %v13 = load i32, ptr %v5, align 4
  %v14 = load i32, ptr %v2, align 4
  %v15 = icmp sle i32 %v13, %v14
  br i1 %v15, label %v16, label %v43
v39:                                               ; preds = %v22
  br label %v40
v40:                                               ; preds = %v39
  %v41 = load i32, ptr %v5, align 4
  %v42 = add nsw i32 %v41, 1
  store i32 %v42, ptr %v5, align 4
  br label %v12, !llvm.loop !17
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn }
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
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
