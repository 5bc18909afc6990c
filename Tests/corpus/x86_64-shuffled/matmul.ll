; ModuleID = 'matmul.c'
source_filename = "matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@A = internal global [48 x [48 x i32]] zeroinitializer, align 16
@B = internal global [48 x [48 x i32]] zeroinitializer, align 16
@DA = internal global [48 x [48 x double]] zeroinitializer, align 16
@DB = internal global [48 x [48 x double]] zeroinitializer, align 16
@C = internal global [48 x [48 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [36 x i8] c"int trace %lld sum %lld c[3][5] %d\0A\00", align 1
@DC = internal global [48 x [48 x double]] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [31 x i8] c"dbl trace %.6f c[10][20] %.6f\0A\00", align 1
@__const.main.fm = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 1], [2 x i64] [i64 1, i64 0]], align 16
@.str.2 = private unnamed_addr constant [20 x i8] c"fib1000 mod p %llu\0A\00", align 1
@__const.main.m4 = private unnamed_addr constant [4 x [4 x double]] [[4 x double] [double 2.000000e+00, double -1.000000e+00, double 0.000000e+00, double 3.000000e+00], [4 x double] [double 1.000000e+00, double 4.000000e+00, double 2.000000e+00, double -2.000000e+00], [4 x double] [double 0.000000e+00, double 5.000000e+00, double 1.000000e+00, double 1.000000e+00], [4 x double] [double 3.000000e+00, double 0.000000e+00, double -1.000000e+00, double 2.000000e+00]], align 16
@.str.3 = private unnamed_addr constant [10 x i8] c"det %.6f\0A\00", align 1
@__const.mpow2.r = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 0], [2 x i64] [i64 0, i64 1]], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
v0:
  %v1 = alloca i32, align 4
  %v2 = alloca i32, align 4
  %v3 = alloca i32, align 4
  %v4 = alloca i64, align 8
  %v5 = alloca i64, align 8
  %v6 = alloca i32, align 4
  %v7 = alloca i32, align 4
  %v8 = alloca double, align 8
  %v9 = alloca i32, align 4
  %v10 = alloca [2 x [2 x i64]], align 16
  %v11 = alloca [2 x [2 x i64]], align 16
  %v12 = alloca [4 x [4 x double]], align 16
  store i32 0, ptr %v1, align 4
  store i32 0, ptr %v2, align 4
  br label %v13
v129:                                              ; preds = %v126
  %v130 = load i32, ptr %v9, align 4
  %v131 = sext i32 %v130 to i64
  %v132 = getelementptr inbounds [48 x [48 x double]], ptr @DC, i64 0, i64 %v131
  %v133 = load i32, ptr %v9, align 4
  %v134 = sext i32 %v133 to i64
  %v135 = getelementptr inbounds [48 x double], ptr %v132, i64 0, i64 %v134
  %v136 = load double, ptr %v135, align 8
  %v137 = load double, ptr %v8, align 8
  %v138 = fadd double %v137, %v136
  store double %v138, ptr %v8, align 8
  br label %v139
v63:                                               ; preds = %v20
  %v64 = load i32, ptr %v2, align 4
  %v65 = load i32, ptr %v3, align 4
  %v66 = add nsw i32 %v64, %v65
  %v67 = add nsw i32 %v66, 1
  %v68 = sitofp i32 %v67 to double
  %v69 = fdiv double 1.000000e+00, %v68
  br label %v70
v117:                                              ; preds = %v100
  br label %v118
v82:                                               ; preds = %v81
  %v83 = load i32, ptr %v2, align 4
  %v84 = add nsw i32 %v83, 1
  store i32 %v84, ptr %v2, align 4
  br label %v13, !llvm.loop !8
v126:                                              ; preds = %v139, %v121
  %v127 = load i32, ptr %v9, align 4
  %v128 = icmp slt i32 %v127, 48
  br i1 %v128, label %v129, label %v142
v142:                                              ; preds = %v126
  %v143 = load double, ptr %v8, align 8
  %v144 = load double, ptr getelementptr inbounds ([48 x double], ptr getelementptr inbounds ([48 x [48 x double]], ptr @DC, i64 0, i64 10), i64 0, i64 20), align 16
  %v145 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %v143, double noundef %v144)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %v10, ptr align 16 @__const.main.fm, i64 32, i1 false)
  %v146 = getelementptr inbounds [2 x [2 x i64]], ptr %v10, i64 0, i64 0
  %v147 = getelementptr inbounds [2 x [2 x i64]], ptr %v11, i64 0, i64 0
  call void @mpow2(ptr noundef %v146, i32 noundef 1000, ptr noundef %v147)
  %v148 = getelementptr inbounds [2 x [2 x i64]], ptr %v11, i64 0, i64 0
  %v149 = getelementptr inbounds [2 x i64], ptr %v148, i64 0, i64 1
  %v150 = load i64, ptr %v149, align 8
  %v151 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %v150)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %v12, ptr align 16 @__const.main.m4, i64 128, i1 false)
  %v152 = getelementptr inbounds [4 x [4 x double]], ptr %v12, i64 0, i64 0
  %v153 = call double @det(i32 noundef 4, ptr noundef %v152)
  %v154 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %v153)
  %v155 = load i64, ptr %v4, align 8
  %v156 = and i64 %v155, 63
  %v157 = trunc i64 %v156 to i32
  ret i32 %v157
v86:                                               ; preds = %v118, %v85
  %v87 = load i32, ptr %v6, align 4
  %v88 = icmp slt i32 %v87, 48
  br i1 %v88, label %v89, label %v121
v100:                                              ; preds = %v114, %v89
  %v101 = load i32, ptr %v7, align 4
  %v102 = icmp slt i32 %v101, 48
  br i1 %v102, label %v103, label %v117
v13:                                               ; preds = %v82, %v0
  %v14 = load i32, ptr %v2, align 4
  %v15 = icmp slt i32 %v14, 48
  br i1 %v15, label %v16, label %v85
v78:                                               ; preds = %v70
  %v79 = load i32, ptr %v3, align 4
  %v80 = add nsw i32 %v79, 1
  store i32 %v80, ptr %v3, align 4
  br label %v17, !llvm.loop !6
v16:                                               ; preds = %v13
  store i32 0, ptr %v3, align 4
  br label %v17
v139:                                              ; preds = %v129
  %v140 = load i32, ptr %v9, align 4
  %v141 = add nsw i32 %v140, 1
  store i32 %v141, ptr %v9, align 4
  br label %v126, !llvm.loop !11
v89:                                               ; preds = %v86
  %v90 = load i32, ptr %v6, align 4
  %v91 = sext i32 %v90 to i64
  %v92 = getelementptr inbounds [48 x [48 x i32]], ptr @C, i64 0, i64 %v91
  %v93 = load i32, ptr %v6, align 4
  %v94 = sext i32 %v93 to i64
  %v95 = getelementptr inbounds [48 x i32], ptr %v92, i64 0, i64 %v94
  %v96 = load i32, ptr %v95, align 4
  %v97 = sext i32 %v96 to i64
  %v98 = load i64, ptr %v4, align 8
  %v99 = add nsw i64 %v98, %v97
  store i64 %v99, ptr %v4, align 8
  store i32 0, ptr %v7, align 4
  br label %v100
v70:                                               ; preds = %v63, %v62
  %v71 = phi double [ 2.000000e+00, %v62 ], [ %v69, %v63 ]
  %v72 = load i32, ptr %v2, align 4
  %v73 = sext i32 %v72 to i64
  %v74 = getelementptr inbounds [48 x [48 x double]], ptr @DB, i64 0, i64 %v73
  %v75 = load i32, ptr %v3, align 4
  %v76 = sext i32 %v75 to i64
  %v77 = getelementptr inbounds [48 x double], ptr %v74, i64 0, i64 %v76
  store double %v71, ptr %v77, align 8
  br label %v78
v85:                                               ; preds = %v13
  call void @imul(ptr noundef @A, ptr noundef @B, ptr noundef @C)
  store i64 0, ptr %v4, align 8
  store i64 0, ptr %v5, align 8
  store i32 0, ptr %v6, align 4
  br label %v86
v118:                                              ; preds = %v117
  %v119 = load i32, ptr %v6, align 4
  %v120 = add nsw i32 %v119, 1
  store i32 %v120, ptr %v6, align 4
  br label %v86, !llvm.loop !10
v103:                                              ; preds = %v100
  %v104 = load i32, ptr %v6, align 4
  %v105 = sext i32 %v104 to i64
  %v106 = getelementptr inbounds [48 x [48 x i32]], ptr @C, i64 0, i64 %v105
  %v107 = load i32, ptr %v7, align 4
  %v108 = sext i32 %v107 to i64
  %v109 = getelementptr inbounds [48 x i32], ptr %v106, i64 0, i64 %v108
  %v110 = load i32, ptr %v109, align 4
  %v111 = sext i32 %v110 to i64
  %v112 = load i64, ptr %v5, align 8
  %v113 = add nsw i64 %v112, %v111
  store i64 %v113, ptr %v5, align 8
  br label %v114
v114:                                              ; preds = %v103
  %v115 = load i32, ptr %v7, align 4
  %v116 = add nsw i32 %v115, 1
  store i32 %v116, ptr %v7, align 4
  br label %v100, !llvm.loop !9
v20:                                               ; preds = %v17
  %v21 = load i32, ptr %v2, align 4
  %v22 = mul nsw i32 %v21, 7
  %v23 = load i32, ptr %v3, align 4
  %v24 = mul nsw i32 %v23, 3
  %v25 = add nsw i32 %v22, %v24
  %v26 = srem i32 %v25, 11
  %v27 = sub nsw i32 %v26, 5
  %v28 = load i32, ptr %v2, align 4
  %v29 = sext i32 %v28 to i64
  %v30 = getelementptr inbounds [48 x [48 x i32]], ptr @A, i64 0, i64 %v29
  %v31 = load i32, ptr %v3, align 4
  %v32 = sext i32 %v31 to i64
  %v33 = getelementptr inbounds [48 x i32], ptr %v30, i64 0, i64 %v32
  store i32 %v27, ptr %v33, align 4
  %v34 = load i32, ptr %v2, align 4
  %v35 = load i32, ptr %v3, align 4
  %v36 = xor i32 %v34, %v35
  %v37 = srem i32 %v36, 9
  %v38 = sub nsw i32 %v37, 4
  %v39 = load i32, ptr %v2, align 4
  %v40 = sext i32 %v39 to i64
  %v41 = getelementptr inbounds [48 x [48 x i32]], ptr @B, i64 0, i64 %v40
  %v42 = load i32, ptr %v3, align 4
  %v43 = sext i32 %v42 to i64
  %v44 = getelementptr inbounds [48 x i32], ptr %v41, i64 0, i64 %v43
  store i32 %v38, ptr %v44, align 4
  %v45 = load i32, ptr %v2, align 4
  %v46 = add nsw i32 %v45, 1
  %v47 = sitofp i32 %v46 to double
  %v48 = fmul double %v47, 5.000000e-01
  %v49 = load i32, ptr %v3, align 4
  %v50 = sitofp i32 %v49 to double
  %v51 = fmul double %v50, 2.500000e-01
  %v52 = fsub double %v48, %v51
  %v53 = load i32, ptr %v2, align 4
  %v54 = sext i32 %v53 to i64
  %v55 = getelementptr inbounds [48 x [48 x double]], ptr @DA, i64 0, i64 %v54
  %v56 = load i32, ptr %v3, align 4
  %v57 = sext i32 %v56 to i64
  %v58 = getelementptr inbounds [48 x double], ptr %v55, i64 0, i64 %v57
  store double %v52, ptr %v58, align 8
  %v59 = load i32, ptr %v2, align 4
  %v60 = load i32, ptr %v3, align 4
  %v61 = icmp eq i32 %v59, %v60
  br i1 %v61, label %v62, label %v63
v81:                                               ; preds = %v17
  br label %v82
v17:                                               ; preds = %v78, %v16
  %v18 = load i32, ptr %v3, align 4
  %v19 = icmp slt i32 %v18, 48
  br i1 %v19, label %v20, label %v81
v121:                                              ; preds = %v86
  %v122 = load i64, ptr %v4, align 8
  %v123 = load i64, ptr %v5, align 8
  %v124 = load i32, ptr getelementptr inbounds ([48 x i32], ptr getelementptr inbounds ([48 x [48 x i32]], ptr @C, i64 0, i64 3), i64 0, i64 5), align 4
  %v125 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %v122, i64 noundef %v123, i32 noundef %v124)
  call void @dmul_t(ptr noundef @DA, ptr noundef @DB, ptr noundef @DC)
  store double 0.000000e+00, ptr %v8, align 8
  store i32 0, ptr %v9, align 4
  br label %v126
v62:                                               ; preds = %v20
  br label %v70
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @imul(ptr noundef %v0, ptr noundef %v1, ptr noundef %v2) #0 {
v3:
  %v4 = alloca ptr, align 8
  %v5 = alloca ptr, align 8
  %v6 = alloca ptr, align 8
  %v7 = alloca i32, align 4
  %v8 = alloca i32, align 4
  %v9 = alloca i32, align 4
  %v10 = alloca i32, align 4
  store ptr %v0, ptr %v4, align 8
  store ptr %v1, ptr %v5, align 8
  store ptr %v2, ptr %v6, align 8
  store i32 0, ptr %v7, align 4
  br label %v11
v15:                                               ; preds = %v54, %v14
  %v16 = load i32, ptr %v8, align 4
  %v17 = icmp slt i32 %v16, 48
  br i1 %v17, label %v18, label %v57
v18:                                               ; preds = %v15
  store i32 0, ptr %v9, align 4
  store i32 0, ptr %v10, align 4
  br label %v19
v58:                                               ; preds = %v57
  %v59 = load i32, ptr %v7, align 4
  %v60 = add nsw i32 %v59, 1
  store i32 %v60, ptr %v7, align 4
  br label %v11, !llvm.loop !14
v42:                                               ; preds = %v22
  %v43 = load i32, ptr %v10, align 4
  %v44 = add nsw i32 %v43, 1
  store i32 %v44, ptr %v10, align 4
  br label %v19, !llvm.loop !12
v19:                                               ; preds = %v42, %v18
  %v20 = load i32, ptr %v10, align 4
  %v21 = icmp slt i32 %v20, 48
  br i1 %v21, label %v22, label %v45
v61:                                               ; preds = %v11
  ret void
v45:                                               ; preds = %v19
  %v46 = load i32, ptr %v9, align 4
  %v47 = load ptr, ptr %v6, align 8
  %v48 = load i32, ptr %v7, align 4
  %v49 = sext i32 %v48 to i64
  %v50 = getelementptr inbounds [48 x i32], ptr %v47, i64 %v49
  %v51 = load i32, ptr %v8, align 4
  %v52 = sext i32 %v51 to i64
  %v53 = getelementptr inbounds [48 x i32], ptr %v50, i64 0, i64 %v52
  store i32 %v46, ptr %v53, align 4
  br label %v54
v54:                                               ; preds = %v45
  %v55 = load i32, ptr %v8, align 4
  %v56 = add nsw i32 %v55, 1
  store i32 %v56, ptr %v8, align 4
  br label %v15, !llvm.loop !13
v11:                                               ; preds = %v58, %v3
  %v12 = load i32, ptr %v7, align 4
  %v13 = icmp slt i32 %v12, 48
  br i1 %v13, label %v14, label %v61
v22:                                               ; preds = %v19
  %v23 = load ptr, ptr %v4, align 8
  %v24 = load i32, ptr %v7, align 4
  %v25 = sext i32 %v24 to i64
  %v26 = getelementptr inbounds [48 x i32], ptr %v23, i64 %v25
  %v27 = load i32, ptr %v10, align 4
  %v28 = sext i32 %v27 to i64
  %v29 = getelementptr inbounds [48 x i32], ptr %v26, i64 0, i64 %v28
  %v30 = load i32, ptr %v29, align 4
  %v31 = load ptr, ptr %v5, align 8
  %v32 = load i32, ptr %v10, align 4
  %v33 = sext i32 %v32 to i64
  %v34 = getelementptr inbounds [48 x i32], ptr %v31, i64 %v33
  %v35 = load i32, ptr %v8, align 4
  %v36 = sext i32 %v35 to i64
  %v37 = getelementptr inbounds [48 x i32], ptr %v34, i64 0, i64 %v36
  %v38 = load i32, ptr %v37, align 4
  %v39 = mul nsw i32 %v30, %v38
  %v40 = load i32, ptr %v9, align 4
  %v41 = add nsw i32 %v40, %v39
  store i32 %v41, ptr %v9, align 4
  br label %v42
v14:                                               ; preds = %v11
  store i32 0, ptr %v8, align 4
  br label %v15
v57:                                               ; preds = %v15
  br label %v58
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @dmul_t(ptr noundef %v0, ptr noundef %v1, ptr noundef %v2) #0 {
v3:
  %v4 = alloca ptr, align 8
  %v5 = alloca ptr, align 8
  %v6 = alloca ptr, align 8
  %v7 = alloca ptr, align 8
  %v8 = alloca i32, align 4
  %v9 = alloca i32, align 4
  %v10 = alloca i32, align 4
  %v11 = alloca i32, align 4
  %v12 = alloca double, align 8
  %v13 = alloca i32, align 4
  store ptr %v0, ptr %v4, align 8
  store ptr %v1, ptr %v5, align 8
  store ptr %v2, ptr %v6, align 8
  %v14 = call noalias ptr @malloc(i64 noundef 18432) #5
  store ptr %v14, ptr %v7, align 8
  store i32 0, ptr %v8, align 4
  br label %v15
v19:                                               ; preds = %v38, %v18
  %v20 = load i32, ptr %v9, align 4
  %v21 = icmp slt i32 %v20, 48
  br i1 %v21, label %v22, label %v41
v18:                                               ; preds = %v15
  store i32 0, ptr %v9, align 4
  br label %v19
v53:                                               ; preds = %v50
  store double 0.000000e+00, ptr %v12, align 8
  store i32 0, ptr %v13, align 4
  br label %v54
v42:                                               ; preds = %v41
  %v43 = load i32, ptr %v8, align 4
  %v44 = add nsw i32 %v43, 1
  store i32 %v44, ptr %v8, align 4
  br label %v15, !llvm.loop !16
v96:                                               ; preds = %v46
  %v97 = load ptr, ptr %v7, align 8
  call void @free(ptr noundef %v97) #6
  ret void
v49:                                               ; preds = %v46
  store i32 0, ptr %v11, align 4
  br label %v50
v93:                                               ; preds = %v92
  %v94 = load i32, ptr %v10, align 4
  %v95 = add nsw i32 %v94, 1
  store i32 %v95, ptr %v10, align 4
  br label %v46, !llvm.loop !19
v38:                                               ; preds = %v22
  %v39 = load i32, ptr %v9, align 4
  %v40 = add nsw i32 %v39, 1
  store i32 %v40, ptr %v9, align 4
  br label %v19, !llvm.loop !15
v80:                                               ; preds = %v54
  %v81 = load double, ptr %v12, align 8
  %v82 = load ptr, ptr %v6, align 8
  %v83 = load i32, ptr %v10, align 4
  %v84 = sext i32 %v83 to i64
  %v85 = getelementptr inbounds [48 x double], ptr %v82, i64 %v84
  %v86 = load i32, ptr %v11, align 4
  %v87 = sext i32 %v86 to i64
  %v88 = getelementptr inbounds [48 x double], ptr %v85, i64 0, i64 %v87
  store double %v81, ptr %v88, align 8
  br label %v89
v50:                                               ; preds = %v89, %v49
  %v51 = load i32, ptr %v11, align 4
  %v52 = icmp slt i32 %v51, 48
  br i1 %v52, label %v53, label %v92
v54:                                               ; preds = %v77, %v53
  %v55 = load i32, ptr %v13, align 4
  %v56 = icmp slt i32 %v55, 48
  br i1 %v56, label %v57, label %v80
v41:                                               ; preds = %v19
  br label %v42
v22:                                               ; preds = %v19
  %v23 = load ptr, ptr %v5, align 8
  %v24 = load i32, ptr %v8, align 4
  %v25 = sext i32 %v24 to i64
  %v26 = getelementptr inbounds [48 x double], ptr %v23, i64 %v25
  %v27 = load i32, ptr %v9, align 4
  %v28 = sext i32 %v27 to i64
  %v29 = getelementptr inbounds [48 x double], ptr %v26, i64 0, i64 %v28
  %v30 = load double, ptr %v29, align 8
  %v31 = load ptr, ptr %v7, align 8
  %v32 = load i32, ptr %v9, align 4
  %v33 = sext i32 %v32 to i64
  %v34 = getelementptr inbounds [48 x double], ptr %v31, i64 %v33
  %v35 = load i32, ptr %v8, align 4
  %v36 = sext i32 %v35 to i64
  %v37 = getelementptr inbounds [48 x double], ptr %v34, i64 0, i64 %v36
  store double %v30, ptr %v37, align 8
  br label %v38
v46:                                               ; preds = %v93, %v45
  %v47 = load i32, ptr %v10, align 4
  %v48 = icmp slt i32 %v47, 48
  br i1 %v48, label %v49, label %v96
v92:                                               ; preds = %v50
  br label %v93
v77:                                               ; preds = %v57
  %v78 = load i32, ptr %v13, align 4
  %v79 = add nsw i32 %v78, 1
  store i32 %v79, ptr %v13, align 4
  br label %v54, !llvm.loop !17
v45:                                               ; preds = %v15
  store i32 0, ptr %v10, align 4
  br label %v46
v89:                                               ; preds = %v80
  %v90 = load i32, ptr %v11, align 4
  %v91 = add nsw i32 %v90, 1
  store i32 %v91, ptr %v11, align 4
  br label %v50, !llvm.loop !18
v15:                                               ; preds = %v42, %v3
  %v16 = load i32, ptr %v8, align 4
  %v17 = icmp slt i32 %v16, 48
  br i1 %v17, label %v18, label %v45
v57:                                               ; preds = %v54
  %v58 = load ptr, ptr %v4, align 8
  %v59 = load i32, ptr %v10, align 4
  %v60 = sext i32 %v59 to i64
  %v61 = getelementptr inbounds [48 x double], ptr %v58, i64 %v60
  %v62 = load i32, ptr %v13, align 4
  %v63 = sext i32 %v62 to i64
  %v64 = getelementptr inbounds [48 x double], ptr %v61, i64 0, i64 %v63
  %v65 = load double, ptr %v64, align 8
  %v66 = load ptr, ptr %v7, align 8
  %v67 = load i32, ptr %v11, align 4
  %v68 = sext i32 %v67 to i64
  %v69 = getelementptr inbounds [48 x double], ptr %v66, i64 %v68
  %v70 = load i32, ptr %v13, align 4
  %v71 = sext i32 %v70 to i64
  %v72 = getelementptr inbounds [48 x double], ptr %v69, i64 0, i64 %v71
  %v73 = load double, ptr %v72, align 8
  %v74 = fmul double %v65, %v73
  %v75 = load double, ptr %v12, align 8
  %v76 = fadd double %v75, %v74
  store double %v76, ptr %v12, align 8
  br label %v77
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @mpow2(ptr noundef %v0, i32 noundef %v1, ptr noundef %v2) #0 {
v3:
  %v4 = alloca ptr, align 8
  %v5 = alloca i32, align 4
  %v6 = alloca ptr, align 8
  %v7 = alloca [2 x [2 x i64]], align 16
  %v8 = alloca [2 x [2 x i64]], align 16
  %v9 = alloca [2 x [2 x i64]], align 16
  %v10 = alloca i32, align 4
  %v11 = alloca i32, align 4
  %v12 = alloca i32, align 4
  %v13 = alloca i32, align 4
  %v14 = alloca i32, align 4
  %v15 = alloca i32, align 4
  %v16 = alloca i32, align 4
  %v17 = alloca i32, align 4
  %v18 = alloca i32, align 4
  %v19 = alloca i32, align 4
  store ptr %v0, ptr %v4, align 8
  store i32 %v1, ptr %v5, align 4
  store ptr %v2, ptr %v6, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %v7, ptr align 16 @__const.mpow2.r, i64 32, i1 false)
  %v20 = load ptr, ptr %v4, align 8
  %v21 = getelementptr inbounds [2 x i64], ptr %v20, i64 0
  %v22 = getelementptr inbounds [2 x i64], ptr %v21, i64 0, i64 0
  %v23 = load i64, ptr %v22, align 8
  store i64 %v23, ptr %v8, align 8
  %v24 = getelementptr inbounds i64, ptr %v8, i64 1
  %v25 = load ptr, ptr %v4, align 8
  %v26 = getelementptr inbounds [2 x i64], ptr %v25, i64 0
  %v27 = getelementptr inbounds [2 x i64], ptr %v26, i64 0, i64 1
  %v28 = load i64, ptr %v27, align 8
  store i64 %v28, ptr %v24, align 8
  %v29 = getelementptr inbounds [2 x i64], ptr %v8, i64 1
  %v30 = load ptr, ptr %v4, align 8
  %v31 = getelementptr inbounds [2 x i64], ptr %v30, i64 1
  %v32 = getelementptr inbounds [2 x i64], ptr %v31, i64 0, i64 0
  %v33 = load i64, ptr %v32, align 8
  store i64 %v33, ptr %v29, align 8
  %v34 = getelementptr inbounds i64, ptr %v29, i64 1
  %v35 = load ptr, ptr %v4, align 8
  %v36 = getelementptr inbounds [2 x i64], ptr %v35, i64 1
  %v37 = getelementptr inbounds [2 x i64], ptr %v36, i64 0, i64 1
  %v38 = load i64, ptr %v37, align 8
  store i64 %v38, ptr %v34, align 8
  br label %v39
v42:                                               ; preds = %v39
  %v43 = load i32, ptr %v5, align 4
  %v44 = and i32 %v43, 1
  %v45 = icmp ne i32 %v44, 0
  br i1 %v45, label %v46, label %v122
v201:                                              ; preds = %v227, %v200
  %v202 = load i32, ptr %v18, align 4
  %v203 = icmp slt i32 %v202, 2
  br i1 %v203, label %v204, label %v230
v169:                                              ; preds = %v194, %v168
  %v170 = load i32, ptr %v16, align 4
  %v171 = icmp slt i32 %v170, 2
  br i1 %v171, label %v172, label %v197
v197:                                              ; preds = %v169
  %v198 = load i32, ptr %v5, align 4
  %v199 = lshr i32 %v198, 1
  store i32 %v199, ptr %v5, align 4
  br label %v39, !llvm.loop !28
v50:                                               ; preds = %v47
  store i32 0, ptr %v11, align 4
  br label %v51
v123:                                              ; preds = %v165, %v122
  %v124 = load i32, ptr %v14, align 4
  %v125 = icmp slt i32 %v124, 2
  br i1 %v125, label %v126, label %v168
v204:                                              ; preds = %v201
  store i32 0, ptr %v19, align 4
  br label %v205
v89:                                               ; preds = %v88
  %v90 = load i32, ptr %v10, align 4
  %v91 = add nsw i32 %v90, 1
  store i32 %v91, ptr %v10, align 4
  br label %v47, !llvm.loop !21
v92:                                               ; preds = %v47
  store i32 0, ptr %v12, align 4
  br label %v93
v39:                                               ; preds = %v197, %v3
  %v40 = load i32, ptr %v5, align 4
  %v41 = icmp ne i32 %v40, 0
  br i1 %v41, label %v42, label %v200
v230:                                              ; preds = %v201
  ret void
v200:                                              ; preds = %v39
  store i32 0, ptr %v18, align 4
  br label %v201
v54:                                               ; preds = %v51
  %v55 = load i32, ptr %v10, align 4
  %v56 = sext i32 %v55 to i64
  %v57 = getelementptr inbounds [2 x [2 x i64]], ptr %v7, i64 0, i64 %v56
  %v58 = getelementptr inbounds [2 x i64], ptr %v57, i64 0, i64 0
  %v59 = load i64, ptr %v58, align 16
  %v60 = getelementptr inbounds [2 x [2 x i64]], ptr %v8, i64 0, i64 0
  %v61 = load i32, ptr %v11, align 4
  %v62 = sext i32 %v61 to i64
  %v63 = getelementptr inbounds [2 x i64], ptr %v60, i64 0, i64 %v62
  %v64 = load i64, ptr %v63, align 8
  %v65 = mul i64 %v59, %v64
  %v66 = load i32, ptr %v10, align 4
  %v67 = sext i32 %v66 to i64
  %v68 = getelementptr inbounds [2 x [2 x i64]], ptr %v7, i64 0, i64 %v67
  %v69 = getelementptr inbounds [2 x i64], ptr %v68, i64 0, i64 1
  %v70 = load i64, ptr %v69, align 8
  %v71 = getelementptr inbounds [2 x [2 x i64]], ptr %v8, i64 0, i64 1
  %v72 = load i32, ptr %v11, align 4
  %v73 = sext i32 %v72 to i64
  %v74 = getelementptr inbounds [2 x i64], ptr %v71, i64 0, i64 %v73
  %v75 = load i64, ptr %v74, align 8
  %v76 = mul i64 %v70, %v75
  %v77 = add i64 %v65, %v76
  %v78 = urem i64 %v77, 1000000007
  %v79 = load i32, ptr %v10, align 4
  %v80 = sext i32 %v79 to i64
  %v81 = getelementptr inbounds [2 x [2 x i64]], ptr %v9, i64 0, i64 %v80
  %v82 = load i32, ptr %v11, align 4
  %v83 = sext i32 %v82 to i64
  %v84 = getelementptr inbounds [2 x i64], ptr %v81, i64 0, i64 %v83
  store i64 %v78, ptr %v84, align 8
  br label %v85
v223:                                              ; preds = %v208
  %v224 = load i32, ptr %v19, align 4
  %v225 = add nsw i32 %v224, 1
  store i32 %v225, ptr %v19, align 4
  br label %v205, !llvm.loop !29
v88:                                               ; preds = %v51
  br label %v89
v172:                                              ; preds = %v169
  store i32 0, ptr %v17, align 4
  br label %v173
v47:                                               ; preds = %v89, %v46
  %v48 = load i32, ptr %v10, align 4
  %v49 = icmp slt i32 %v48, 2
  br i1 %v49, label %v50, label %v92
v117:                                              ; preds = %v97
  br label %v118
v100:                                              ; preds = %v97
  %v101 = load i32, ptr %v12, align 4
  %v102 = sext i32 %v101 to i64
  %v103 = getelementptr inbounds [2 x [2 x i64]], ptr %v9, i64 0, i64 %v102
  %v104 = load i32, ptr %v13, align 4
  %v105 = sext i32 %v104 to i64
  %v106 = getelementptr inbounds [2 x i64], ptr %v103, i64 0, i64 %v105
  %v107 = load i64, ptr %v106, align 8
  %v108 = load i32, ptr %v12, align 4
  %v109 = sext i32 %v108 to i64
  %v110 = getelementptr inbounds [2 x [2 x i64]], ptr %v7, i64 0, i64 %v109
  %v111 = load i32, ptr %v13, align 4
  %v112 = sext i32 %v111 to i64
  %v113 = getelementptr inbounds [2 x i64], ptr %v110, i64 0, i64 %v112
  store i64 %v107, ptr %v113, align 8
  br label %v114
v193:                                              ; preds = %v173
  br label %v194
v161:                                              ; preds = %v130
  %v162 = load i32, ptr %v15, align 4
  %v163 = add nsw i32 %v162, 1
  store i32 %v163, ptr %v15, align 4
  br label %v127, !llvm.loop !24
v165:                                              ; preds = %v164
  %v166 = load i32, ptr %v14, align 4
  %v167 = add nsw i32 %v166, 1
  store i32 %v167, ptr %v14, align 4
  br label %v123, !llvm.loop !25
v127:                                              ; preds = %v161, %v126
  %v128 = load i32, ptr %v15, align 4
  %v129 = icmp slt i32 %v128, 2
  br i1 %v129, label %v130, label %v164
v118:                                              ; preds = %v117
  %v119 = load i32, ptr %v12, align 4
  %v120 = add nsw i32 %v119, 1
  store i32 %v120, ptr %v12, align 4
  br label %v93, !llvm.loop !23
v93:                                               ; preds = %v118, %v92
  %v94 = load i32, ptr %v12, align 4
  %v95 = icmp slt i32 %v94, 2
  br i1 %v95, label %v96, label %v121
v51:                                               ; preds = %v85, %v50
  %v52 = load i32, ptr %v11, align 4
  %v53 = icmp slt i32 %v52, 2
  br i1 %v53, label %v54, label %v88
v227:                                              ; preds = %v226
  %v228 = load i32, ptr %v18, align 4
  %v229 = add nsw i32 %v228, 1
  store i32 %v229, ptr %v18, align 4
  br label %v201, !llvm.loop !30
v97:                                               ; preds = %v114, %v96
  %v98 = load i32, ptr %v13, align 4
  %v99 = icmp slt i32 %v98, 2
  br i1 %v99, label %v100, label %v117
v205:                                              ; preds = %v223, %v204
  %v206 = load i32, ptr %v19, align 4
  %v207 = icmp slt i32 %v206, 2
  br i1 %v207, label %v208, label %v226
v194:                                              ; preds = %v193
  %v195 = load i32, ptr %v16, align 4
  %v196 = add nsw i32 %v195, 1
  store i32 %v196, ptr %v16, align 4
  br label %v169, !llvm.loop !27
v130:                                              ; preds = %v127
  %v131 = load i32, ptr %v14, align 4
  %v132 = sext i32 %v131 to i64
  %v133 = getelementptr inbounds [2 x [2 x i64]], ptr %v8, i64 0, i64 %v132
  %v134 = getelementptr inbounds [2 x i64], ptr %v133, i64 0, i64 0
  %v135 = load i64, ptr %v134, align 16
  %v136 = getelementptr inbounds [2 x [2 x i64]], ptr %v8, i64 0, i64 0
  %v137 = load i32, ptr %v15, align 4
  %v138 = sext i32 %v137 to i64
  %v139 = getelementptr inbounds [2 x i64], ptr %v136, i64 0, i64 %v138
  %v140 = load i64, ptr %v139, align 8
  %v141 = mul i64 %v135, %v140
  %v142 = load i32, ptr %v14, align 4
  %v143 = sext i32 %v142 to i64
  %v144 = getelementptr inbounds [2 x [2 x i64]], ptr %v8, i64 0, i64 %v143
  %v145 = getelementptr inbounds [2 x i64], ptr %v144, i64 0, i64 1
  %v146 = load i64, ptr %v145, align 8
  %v147 = getelementptr inbounds [2 x [2 x i64]], ptr %v8, i64 0, i64 1
  %v148 = load i32, ptr %v15, align 4
  %v149 = sext i32 %v148 to i64
  %v150 = getelementptr inbounds [2 x i64], ptr %v147, i64 0, i64 %v149
  %v151 = load i64, ptr %v150, align 8
  %v152 = mul i64 %v146, %v151
  %v153 = add i64 %v141, %v152
  %v154 = urem i64 %v153, 1000000007
  %v155 = load i32, ptr %v14, align 4
  %v156 = sext i32 %v155 to i64
  %v157 = getelementptr inbounds [2 x [2 x i64]], ptr %v9, i64 0, i64 %v156
  %v158 = load i32, ptr %v15, align 4
  %v159 = sext i32 %v158 to i64
  %v160 = getelementptr inbounds [2 x i64], ptr %v157, i64 0, i64 %v159
  store i64 %v154, ptr %v160, align 8
  br label %v161
v114:                                              ; preds = %v100
  %v115 = load i32, ptr %v13, align 4
  %v116 = add nsw i32 %v115, 1
  store i32 %v116, ptr %v13, align 4
  br label %v97, !llvm.loop !22
v173:                                              ; preds = %v190, %v172
  %v174 = load i32, ptr %v17, align 4
  %v175 = icmp slt i32 %v174, 2
  br i1 %v175, label %v176, label %v193
v46:                                               ; preds = %v42
  store i32 0, ptr %v10, align 4
  br label %v47
v164:                                              ; preds = %v127
  br label %v165
v208:                                              ; preds = %v205
  %v209 = load i32, ptr %v18, align 4
  %v210 = sext i32 %v209 to i64
  %v211 = getelementptr inbounds [2 x [2 x i64]], ptr %v7, i64 0, i64 %v210
  %v212 = load i32, ptr %v19, align 4
  %v213 = sext i32 %v212 to i64
  %v214 = getelementptr inbounds [2 x i64], ptr %v211, i64 0, i64 %v213
  %v215 = load i64, ptr %v214, align 8
  %v216 = load ptr, ptr %v6, align 8
  %v217 = load i32, ptr %v18, align 4
  %v218 = sext i32 %v217 to i64
  %v219 = getelementptr inbounds [2 x i64], ptr %v216, i64 %v218
  %v220 = load i32, ptr %v19, align 4
  %v221 = sext i32 %v220 to i64
  %v222 = getelementptr inbounds [2 x i64], ptr %v219, i64 0, i64 %v221
  store i64 %v215, ptr %v222, align 8
  br label %v223
v176:                                              ; preds = %v173
  %v177 = load i32, ptr %v16, align 4
  %v178 = sext i32 %v177 to i64
  %v179 = getelementptr inbounds [2 x [2 x i64]], ptr %v9, i64 0, i64 %v178
  %v180 = load i32, ptr %v17, align 4
  %v181 = sext i32 %v180 to i64
  %v182 = getelementptr inbounds [2 x i64], ptr %v179, i64 0, i64 %v181
  %v183 = load i64, ptr %v182, align 8
  %v184 = load i32, ptr %v16, align 4
  %v185 = sext i32 %v184 to i64
  %v186 = getelementptr inbounds [2 x [2 x i64]], ptr %v8, i64 0, i64 %v185
  %v187 = load i32, ptr %v17, align 4
  %v188 = sext i32 %v187 to i64
  %v189 = getelementptr inbounds [2 x i64], ptr %v186, i64 0, i64 %v188
  store i64 %v183, ptr %v189, align 8
  br label %v190
v121:                                              ; preds = %v93
  br label %v122
v122:                                              ; preds = %v121, %v42
  store i32 0, ptr %v14, align 4
  br label %v123
v96:                                               ; preds = %v93
  store i32 0, ptr %v13, align 4
  br label %v97
v226:                                              ; preds = %v205
  br label %v227
v168:                                              ; preds = %v123
  store i32 0, ptr %v16, align 4
  br label %v169
v190:                                              ; preds = %v176
  %v191 = load i32, ptr %v17, align 4
  %v192 = add nsw i32 %v191, 1
  store i32 %v192, ptr %v17, align 4
  br label %v173, !llvm.loop !26
v126:                                              ; preds = %v123
  store i32 0, ptr %v15, align 4
  br label %v127
v85:                                               ; preds = %v54
  %v86 = load i32, ptr %v11, align 4
  %v87 = add nsw i32 %v86, 1
  store i32 %v87, ptr %v11, align 4
  br label %v51, !llvm.loop !20
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @det(i32 noundef %v0, ptr noundef %v1) #0 {
v2:
  %v3 = alloca double, align 8
  %v4 = alloca i32, align 4
  %v5 = alloca ptr, align 8
  %v6 = alloca double, align 8
  %v7 = alloca i32, align 4
  %v8 = alloca i32, align 4
  %v9 = alloca i32, align 4
  %v10 = alloca i32, align 4
  %v11 = alloca double, align 8
  %v12 = alloca i32, align 4
  %v13 = alloca double, align 8
  %v14 = alloca i32, align 4
  store i32 %v0, ptr %v4, align 4
  store ptr %v1, ptr %v5, align 8
  store double 1.000000e+00, ptr %v6, align 8
  store i32 0, ptr %v7, align 4
  br label %v15
v19:                                               ; preds = %v15
  %v20 = load i32, ptr %v7, align 4
  store i32 %v20, ptr %v8, align 4
  %v21 = load i32, ptr %v7, align 4
  %v22 = add nsw i32 %v21, 1
  store i32 %v22, ptr %v9, align 4
  br label %v23
v47:                                               ; preds = %v27
  %v48 = load ptr, ptr %v5, align 8
  %v49 = load i32, ptr %v9, align 4
  %v50 = sext i32 %v49 to i64
  %v51 = getelementptr inbounds [4 x double], ptr %v48, i64 %v50
  %v52 = load i32, ptr %v7, align 4
  %v53 = sext i32 %v52 to i64
  %v54 = getelementptr inbounds [4 x double], ptr %v51, i64 0, i64 %v53
  %v55 = load double, ptr %v54, align 8
  br label %v56
v37:                                               ; preds = %v27
  %v38 = load ptr, ptr %v5, align 8
  %v39 = load i32, ptr %v9, align 4
  %v40 = sext i32 %v39 to i64
  %v41 = getelementptr inbounds [4 x double], ptr %v38, i64 %v40
  %v42 = load i32, ptr %v7, align 4
  %v43 = sext i32 %v42 to i64
  %v44 = getelementptr inbounds [4 x double], ptr %v41, i64 0, i64 %v43
  %v45 = load double, ptr %v44, align 8
  %v46 = fneg double %v45
  br label %v56
v226:                                              ; preds = %v224, %v105
  %v227 = load double, ptr %v3, align 8
  ret double %v227
v217:                                              ; preds = %v216
  %v218 = load i32, ptr %v12, align 4
  %v219 = add nsw i32 %v218, 1
  store i32 %v219, ptr %v12, align 4
  br label %v166, !llvm.loop !34
v170:                                              ; preds = %v166
  %v171 = load ptr, ptr %v5, align 8
  %v172 = load i32, ptr %v12, align 4
  %v173 = sext i32 %v172 to i64
  %v174 = getelementptr inbounds [4 x double], ptr %v171, i64 %v173
  %v175 = load i32, ptr %v7, align 4
  %v176 = sext i32 %v175 to i64
  %v177 = getelementptr inbounds [4 x double], ptr %v174, i64 0, i64 %v176
  %v178 = load double, ptr %v177, align 8
  %v179 = load ptr, ptr %v5, align 8
  %v180 = load i32, ptr %v7, align 4
  %v181 = sext i32 %v180 to i64
  %v182 = getelementptr inbounds [4 x double], ptr %v179, i64 %v181
  %v183 = load i32, ptr %v7, align 4
  %v184 = sext i32 %v183 to i64
  %v185 = getelementptr inbounds [4 x double], ptr %v182, i64 0, i64 %v184
  %v186 = load double, ptr %v185, align 8
  %v187 = fdiv double %v178, %v186
  store double %v187, ptr %v13, align 8
  %v188 = load i32, ptr %v7, align 4
  store i32 %v188, ptr %v14, align 4
  br label %v189
v193:                                              ; preds = %v189
  %v194 = load double, ptr %v13, align 8
  %v195 = load ptr, ptr %v5, align 8
  %v196 = load i32, ptr %v7, align 4
  %v197 = sext i32 %v196 to i64
  %v198 = getelementptr inbounds [4 x double], ptr %v195, i64 %v197
  %v199 = load i32, ptr %v14, align 4
  %v200 = sext i32 %v199 to i64
  %v201 = getelementptr inbounds [4 x double], ptr %v198, i64 0, i64 %v200
  %v202 = load double, ptr %v201, align 8
  %v203 = fmul double %v194, %v202
  %v204 = load ptr, ptr %v5, align 8
  %v205 = load i32, ptr %v12, align 4
  %v206 = sext i32 %v205 to i64
  %v207 = getelementptr inbounds [4 x double], ptr %v204, i64 %v206
  %v208 = load i32, ptr %v14, align 4
  %v209 = sext i32 %v208 to i64
  %v210 = getelementptr inbounds [4 x double], ptr %v207, i64 0, i64 %v209
  %v211 = load double, ptr %v210, align 8
  %v212 = fsub double %v211, %v203
  store double %v212, ptr %v210, align 8
  br label %v213
v27:                                               ; preds = %v23
  %v28 = load ptr, ptr %v5, align 8
  %v29 = load i32, ptr %v9, align 4
  %v30 = sext i32 %v29 to i64
  %v31 = getelementptr inbounds [4 x double], ptr %v28, i64 %v30
  %v32 = load i32, ptr %v7, align 4
  %v33 = sext i32 %v32 to i64
  %v34 = getelementptr inbounds [4 x double], ptr %v31, i64 0, i64 %v33
  %v35 = load double, ptr %v34, align 8
  %v36 = fcmp olt double %v35, 0.000000e+00
  br i1 %v36, label %v37, label %v47
v86:                                               ; preds = %v77, %v67
  %v87 = phi double [ %v76, %v67 ], [ %v85, %v77 ]
  %v88 = fcmp ogt double %v57, %v87
  br i1 %v88, label %v89, label %v91
v147:                                              ; preds = %v115
  %v148 = load i32, ptr %v10, align 4
  %v149 = add nsw i32 %v148, 1
  store i32 %v149, ptr %v10, align 4
  br label %v111, !llvm.loop !32
v23:                                               ; preds = %v92, %v19
  %v24 = load i32, ptr %v9, align 4
  %v25 = load i32, ptr %v4, align 4
  %v26 = icmp slt i32 %v24, %v25
  br i1 %v26, label %v27, label %v95
v153:                                              ; preds = %v150, %v106
  %v154 = load ptr, ptr %v5, align 8
  %v155 = load i32, ptr %v7, align 4
  %v156 = sext i32 %v155 to i64
  %v157 = getelementptr inbounds [4 x double], ptr %v154, i64 %v156
  %v158 = load i32, ptr %v7, align 4
  %v159 = sext i32 %v158 to i64
  %v160 = getelementptr inbounds [4 x double], ptr %v157, i64 0, i64 %v159
  %v161 = load double, ptr %v160, align 8
  %v162 = load double, ptr %v6, align 8
  %v163 = fmul double %v162, %v161
  store double %v163, ptr %v6, align 8
  %v164 = load i32, ptr %v7, align 4
  %v165 = add nsw i32 %v164, 1
  store i32 %v165, ptr %v12, align 4
  br label %v166
v150:                                              ; preds = %v111
  %v151 = load double, ptr %v6, align 8
  %v152 = fneg double %v151
  store double %v152, ptr %v6, align 8
  br label %v153
v95:                                               ; preds = %v23
  %v96 = load ptr, ptr %v5, align 8
  %v97 = load i32, ptr %v8, align 4
  %v98 = sext i32 %v97 to i64
  %v99 = getelementptr inbounds [4 x double], ptr %v96, i64 %v98
  %v100 = load i32, ptr %v7, align 4
  %v101 = sext i32 %v100 to i64
  %v102 = getelementptr inbounds [4 x double], ptr %v99, i64 0, i64 %v101
  %v103 = load double, ptr %v102, align 8
  %v104 = fcmp oeq double %v103, 0.000000e+00
  br i1 %v104, label %v105, label %v106
v106:                                              ; preds = %v95
  %v107 = load i32, ptr %v8, align 4
  %v108 = load i32, ptr %v7, align 4
  %v109 = icmp ne i32 %v107, %v108
  br i1 %v109, label %v110, label %v153
v220:                                              ; preds = %v166
  br label %v221
v221:                                              ; preds = %v220
  %v222 = load i32, ptr %v7, align 4
  %v223 = add nsw i32 %v222, 1
  store i32 %v223, ptr %v7, align 4
  br label %v15, !llvm.loop !35
v213:                                              ; preds = %v193
  %v214 = load i32, ptr %v14, align 4
  %v215 = add nsw i32 %v214, 1
  store i32 %v215, ptr %v14, align 4
  br label %v189, !llvm.loop !33
v77:                                               ; preds = %v56
  %v78 = load ptr, ptr %v5, align 8
  %v79 = load i32, ptr %v8, align 4
  %v80 = sext i32 %v79 to i64
  %v81 = getelementptr inbounds [4 x double], ptr %v78, i64 %v80
  %v82 = load i32, ptr %v7, align 4
  %v83 = sext i32 %v82 to i64
  %v84 = getelementptr inbounds [4 x double], ptr %v81, i64 0, i64 %v83
  %v85 = load double, ptr %v84, align 8
  br label %v86
v224:                                              ; preds = %v15
  %v225 = load double, ptr %v6, align 8
  store double %v225, ptr %v3, align 8
  br label %v226
v166:                                              ; preds = %v217, %v153
  %v167 = load i32, ptr %v12, align 4
  %v168 = load i32, ptr %v4, align 4
  %v169 = icmp slt i32 %v167, %v168
  br i1 %v169, label %v170, label %v220
v115:                                              ; preds = %v111
  %v116 = load ptr, ptr %v5, align 8
  %v117 = load i32, ptr %v8, align 4
  %v118 = sext i32 %v117 to i64
  %v119 = getelementptr inbounds [4 x double], ptr %v116, i64 %v118
  %v120 = load i32, ptr %v10, align 4
  %v121 = sext i32 %v120 to i64
  %v122 = getelementptr inbounds [4 x double], ptr %v119, i64 0, i64 %v121
  %v123 = load double, ptr %v122, align 8
  store double %v123, ptr %v11, align 8
  %v124 = load ptr, ptr %v5, align 8
  %v125 = load i32, ptr %v7, align 4
  %v126 = sext i32 %v125 to i64
  %v127 = getelementptr inbounds [4 x double], ptr %v124, i64 %v126
  %v128 = load i32, ptr %v10, align 4
  %v129 = sext i32 %v128 to i64
  %v130 = getelementptr inbounds [4 x double], ptr %v127, i64 0, i64 %v129
  %v131 = load double, ptr %v130, align 8
  %v132 = load ptr, ptr %v5, align 8
  %v133 = load i32, ptr %v8, align 4
  %v134 = sext i32 %v133 to i64
  %v135 = getelementptr inbounds [4 x double], ptr %v132, i64 %v134
  %v136 = load i32, ptr %v10, align 4
  %v137 = sext i32 %v136 to i64
  %v138 = getelementptr inbounds [4 x double], ptr %v135, i64 0, i64 %v137
  store double %v131, ptr %v138, align 8
  %v139 = load double, ptr %v11, align 8
  %v140 = load ptr, ptr %v5, align 8
  %v141 = load i32, ptr %v7, align 4
  %v142 = sext i32 %v141 to i64
  %v143 = getelementptr inbounds [4 x double], ptr %v140, i64 %v142
  %v144 = load i32, ptr %v10, align 4
  %v145 = sext i32 %v144 to i64
  %v146 = getelementptr inbounds [4 x double], ptr %v143, i64 0, i64 %v145
  store double %v139, ptr %v146, align 8
  br label %v147
v91:                                               ; preds = %v89, %v86
  br label %v92
v110:                                              ; preds = %v106
  store i32 0, ptr %v10, align 4
  br label %v111
v92:                                               ; preds = %v91
  %v93 = load i32, ptr %v9, align 4
  %v94 = add nsw i32 %v93, 1
  store i32 %v94, ptr %v9, align 4
  br label %v23, !llvm.loop !31
v67:                                               ; preds = %v56
  %v68 = load ptr, ptr %v5, align 8
  %v69 = load i32, ptr %v8, align 4
  %v70 = sext i32 %v69 to i64
  %v71 = getelementptr inbounds [4 x double], ptr %v68, i64 %v70
  %v72 = load i32, ptr %v7, align 4
  %v73 = sext i32 %v72 to i64
  %v74 = getelementptr inbounds [4 x double], ptr %v71, i64 0, i64 %v73
  %v75 = load double, ptr %v74, align 8
  %v76 = fneg double %v75
  br label %v86
v216:                                              ; preds = %v189
  br label %v217
v111:                                              ; preds = %v147, %v110
  %v112 = load i32, ptr %v10, align 4
  %v113 = load i32, ptr %v4, align 4
  %v114 = icmp slt i32 %v112, %v113
  br i1 %v114, label %v115, label %v150
v56:                                               ; preds = %v47, %v37
  %v57 = phi double [ %v46, %v37 ], [ %v55, %v47 ]
  %v58 = load ptr, ptr %v5, align 8
  %v59 = load i32, ptr %v8, align 4
  %v60 = sext i32 %v59 to i64
  %v61 = getelementptr inbounds [4 x double], ptr %v58, i64 %v60
  %v62 = load i32, ptr %v7, align 4
  %v63 = sext i32 %v62 to i64
  %v64 = getelementptr inbounds [4 x double], ptr %v61, i64 0, i64 %v63
  %v65 = load double, ptr %v64, align 8
  %v66 = fcmp olt double %v65, 0.000000e+00
  br i1 %v66, label %v67, label %v77
v189:                                              ; preds = %v213, %v170
  %v190 = load i32, ptr %v14, align 4
  %v191 = load i32, ptr %v4, align 4
  %v192 = icmp slt i32 %v190, %v191
  br i1 %v192, label %v193, label %v216
v15:                                               ; preds = %v221, %v2
  %v16 = load i32, ptr %v7, align 4
  %v17 = load i32, ptr %v4, align 4
  %v18 = icmp slt i32 %v16, %v17
  br i1 %v18, label %v19, label %v224
v105:                                              ; preds = %v95
  store double 0.000000e+00, ptr %v3, align 8
  br label %v226
v89:                                               ; preds = %v86
  %v90 = load i32, ptr %v9, align 4
  store i32 %v90, ptr %v8, align 4
  br label %v91
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

; Function Attrs: nounwind
declare void @free(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind allocsize(0) }
attributes #6 = { nounwind }

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
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
!22 = distinct !{!22, !7}
!23 = distinct !{!23, !7}
!24 = distinct !{!24, !7}
!25 = distinct !{!25, !7}
!26 = distinct !{!26, !7}
!27 = distinct !{!27, !7}
!28 = distinct !{!28, !7}
!29 = distinct !{!29, !7}
!30 = distinct !{!30, !7}
!31 = distinct !{!31, !7}
!32 = distinct !{!32, !7}
!33 = distinct !{!33, !7}
!34 = distinct !{!34, !7}
!35 = distinct !{!35, !7}
