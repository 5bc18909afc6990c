; ModuleID = 'sieve.c'
source_filename = "sieve.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@composite = internal global [200001 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [37 x i8] c"primes %d sum %lld twins %d last %d\0A\00", align 1
@bits = internal global [6251 x i32] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [14 x i8] c"bit sieve %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"fermat agree %d/5000\0A\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"powmod %llu\0A\00", align 1
@fermat.bases = internal constant [4 x i32] [i32 2, i32 3, i32 5, i32 7], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
v0:
  %v1 = alloca i32, align 4
  %v2 = alloca i32, align 4
  %v3 = alloca i32, align 4
  %v4 = alloca i32, align 4
  %v5 = alloca i32, align 4
  %v6 = alloca i32, align 4
  %v7 = alloca i64, align 8
  %v8 = alloca i32, align 4
  %v9 = alloca i32, align 4
  %v10 = alloca i32, align 4
  %v11 = alloca i32, align 4
  %v12 = alloca i32, align 4
  %v13 = alloca i32, align 4
  %v14 = alloca i32, align 4
  %v15 = alloca i32, align 4
  store i32 0, ptr %v1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 @composite, i8 0, i64 200001, i1 false)
  store i8 1, ptr getelementptr inbounds ([200001 x i8], ptr @composite, i64 0, i64 1), align 1
  store i8 1, ptr @composite, align 16
  store i32 2, ptr %v2, align 4
  br label %v16
v148:                                              ; preds = %v106
  store i32 0, ptr %v12, align 4
  store i32 0, ptr %v13, align 4
  br label %v149
v29:                                               ; preds = %v23
  %v30 = load i32, ptr %v2, align 4
  %v31 = load i32, ptr %v2, align 4
  %v32 = mul nsw i32 %v30, %v31
  store i32 %v32, ptr %v3, align 4
  br label %v33
v53:                                               ; preds = %v50
  %v54 = load i32, ptr %v8, align 4
  %v55 = sext i32 %v54 to i64
  %v56 = getelementptr inbounds [200001 x i8], ptr @composite, i64 0, i64 %v55
  %v57 = load i8, ptr %v56, align 1
  %v58 = icmp ne i8 %v57, 0
  br i1 %v58, label %v75, label %v59
v23:                                               ; preds = %v16
  %v24 = load i32, ptr %v2, align 4
  %v25 = sext i32 %v24 to i64
  %v26 = getelementptr inbounds [200001 x i8], ptr @composite, i64 0, i64 %v25
  %v27 = load i8, ptr %v26, align 1
  %v28 = icmp ne i8 %v27, 0
  br i1 %v28, label %v45, label %v29
v176:                                              ; preds = %v173
  %v177 = load i32, ptr %v15, align 4
  %v178 = call i32 @fermat(i32 noundef %v177)
  %v179 = load i32, ptr %v15, align 4
  %v180 = zext i32 %v179 to i64
  %v181 = getelementptr inbounds nuw [200001 x i8], ptr @composite, i64 0, i64 %v180
  %v182 = load i8, ptr %v181, align 1
  %v183 = icmp ne i8 %v182, 0
  %v184 = xor i1 %v183, true
  %v185 = zext i1 %v184 to i32
  %v186 = icmp eq i32 %v178, %v185
  %v187 = zext i1 %v186 to i32
  %v188 = load i32, ptr %v14, align 4
  %v189 = add nsw i32 %v188, %v187
  store i32 %v189, ptr %v14, align 4
  br label %v190
v126:                                              ; preds = %v139, %v122
  %v127 = load i32, ptr %v11, align 4
  %v128 = icmp ule i32 %v127, 200000
  br i1 %v128, label %v129, label %v143
v40:                                               ; preds = %v36
  %v41 = load i32, ptr %v2, align 4
  %v42 = load i32, ptr %v3, align 4
  %v43 = add nsw i32 %v42, %v41
  store i32 %v43, ptr %v3, align 4
  br label %v33, !llvm.loop !6
v49:                                               ; preds = %v16
  store i32 0, ptr %v4, align 4
  store i32 0, ptr %v5, align 4
  store i32 0, ptr %v6, align 4
  store i64 0, ptr %v7, align 8
  store i32 2, ptr %v8, align 4
  br label %v50
v79:                                               ; preds = %v50
  %v80 = load i32, ptr %v4, align 4
  %v81 = load i64, ptr %v7, align 8
  %v82 = load i32, ptr %v5, align 4
  %v83 = load i32, ptr %v6, align 4
  %v84 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %v80, i64 noundef %v81, i32 noundef %v82, i32 noundef %v83)
  store i32 0, ptr %v9, align 4
  br label %v85
v190:                                              ; preds = %v176
  %v191 = load i32, ptr %v15, align 4
  %v192 = add i32 %v191, 1
  store i32 %v192, ptr %v15, align 4
  br label %v173, !llvm.loop !14
v111:                                              ; preds = %v106
  %v112 = load i32, ptr %v10, align 4
  %v113 = lshr i32 %v112, 5
  %v114 = zext i32 %v113 to i64
  %v115 = getelementptr inbounds nuw [6251 x i32], ptr @bits, i64 0, i64 %v114
  %v116 = load i32, ptr %v115, align 4
  %v117 = load i32, ptr %v10, align 4
  %v118 = and i32 %v117, 31
  %v119 = shl i32 1, %v118
  %v120 = and i32 %v116, %v119
  %v121 = icmp ne i32 %v120, 0
  br i1 %v121, label %v144, label %v122
v91:                                               ; preds = %v88
  %v92 = load i32, ptr %v9, align 4
  %v93 = and i32 %v92, 31
  %v94 = shl i32 1, %v93
  %v95 = load i32, ptr %v9, align 4
  %v96 = lshr i32 %v95, 5
  %v97 = zext i32 %v96 to i64
  %v98 = getelementptr inbounds nuw [6251 x i32], ptr @bits, i64 0, i64 %v97
  %v99 = load i32, ptr %v98, align 4
  %v100 = or i32 %v99, %v94
  store i32 %v100, ptr %v98, align 4
  br label %v101
v173:                                              ; preds = %v190, %v170
  %v174 = load i32, ptr %v15, align 4
  %v175 = icmp ult i32 %v174, 5000
  br i1 %v175, label %v176, label %v193
v101:                                              ; preds = %v91, %v88
  br label %v102
v149:                                              ; preds = %v167, %v148
  %v150 = load i32, ptr %v13, align 4
  %v151 = icmp ule i32 %v150, 200000
  br i1 %v151, label %v152, label %v170
v105:                                              ; preds = %v85
  store i32 2, ptr %v10, align 4
  br label %v106
v50:                                               ; preds = %v76, %v49
  %v51 = load i32, ptr %v8, align 4
  %v52 = icmp sle i32 %v51, 200000
  br i1 %v52, label %v53, label %v79
v33:                                               ; preds = %v40, %v29
  %v34 = load i32, ptr %v3, align 4
  %v35 = icmp sle i32 %v34, 200000
  br i1 %v35, label %v36, label %v44
v85:                                               ; preds = %v102, %v79
  %v86 = load i32, ptr %v9, align 4
  %v87 = icmp ule i32 %v86, 200000
  br i1 %v87, label %v88, label %v105
v170:                                              ; preds = %v149
  %v171 = load i32, ptr %v12, align 4
  %v172 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %v171)
  store i32 0, ptr %v14, align 4
  store i32 0, ptr %v15, align 4
  br label %v173
v193:                                              ; preds = %v173
  %v194 = load i32, ptr %v14, align 4
  %v195 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %v194)
  %v196 = call i64 @powmod(i64 noundef 123456789, i64 noundef 987654321, i64 noundef 1000000007)
  %v197 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %v196)
  %v198 = load i32, ptr %v4, align 4
  %v199 = srem i32 %v198, 100
  ret i32 %v199
v73:                                               ; preds = %v70, %v59
  %v74 = load i32, ptr %v8, align 4
  store i32 %v74, ptr %v6, align 4
  br label %v75
v102:                                              ; preds = %v101
  %v103 = load i32, ptr %v9, align 4
  %v104 = add i32 %v103, 1
  store i32 %v104, ptr %v9, align 4
  br label %v85, !llvm.loop !10
v139:                                              ; preds = %v129
  %v140 = load i32, ptr %v10, align 4
  %v141 = load i32, ptr %v11, align 4
  %v142 = add i32 %v141, %v140
  store i32 %v142, ptr %v11, align 4
  br label %v126, !llvm.loop !11
v88:                                               ; preds = %v85
  %v89 = load i32, ptr %v9, align 4
  %v90 = icmp ult i32 %v89, 2
  br i1 %v90, label %v91, label %v101
v145:                                              ; preds = %v144
  %v146 = load i32, ptr %v10, align 4
  %v147 = add i32 %v146, 1
  store i32 %v147, ptr %v10, align 4
  br label %v106, !llvm.loop !12
v59:                                               ; preds = %v53
  %v60 = load i32, ptr %v4, align 4
  %v61 = add nsw i32 %v60, 1
  store i32 %v61, ptr %v4, align 4
  %v62 = load i32, ptr %v8, align 4
  %v63 = sext i32 %v62 to i64
  %v64 = load i64, ptr %v7, align 8
  %v65 = add nsw i64 %v64, %v63
  store i64 %v65, ptr %v7, align 8
  %v66 = load i32, ptr %v8, align 4
  %v67 = load i32, ptr %v6, align 4
  %v68 = sub nsw i32 %v66, %v67
  %v69 = icmp eq i32 %v68, 2
  br i1 %v69, label %v70, label %v73
v122:                                              ; preds = %v111
  %v123 = load i32, ptr %v10, align 4
  %v124 = load i32, ptr %v10, align 4
  %v125 = mul i32 %v123, %v124
  store i32 %v125, ptr %v11, align 4
  br label %v126
v152:                                              ; preds = %v149
  %v153 = load i32, ptr %v13, align 4
  %v154 = lshr i32 %v153, 5
  %v155 = zext i32 %v154 to i64
  %v156 = getelementptr inbounds nuw [6251 x i32], ptr @bits, i64 0, i64 %v155
  %v157 = load i32, ptr %v156, align 4
  %v158 = load i32, ptr %v13, align 4
  %v159 = and i32 %v158, 31
  %v160 = shl i32 1, %v159
  %v161 = and i32 %v157, %v160
  %v162 = icmp ne i32 %v161, 0
  %v163 = xor i1 %v162, true
  %v164 = zext i1 %v163 to i32
  %v165 = load i32, ptr %v12, align 4
  %v166 = add nsw i32 %v165, %v164
  store i32 %v166, ptr %v12, align 4
  br label %v167
v16:                                               ; preds = %v46, %v0
  %v17 = load i32, ptr %v2, align 4
  %v18 = sext i32 %v17 to i64
  %v19 = load i32, ptr %v2, align 4
  %v20 = sext i32 %v19 to i64
  %v21 = mul nsw i64 %v18, %v20
  %v22 = icmp sle i64 %v21, 200000
  br i1 %v22, label %v23, label %v49
v75:                                               ; preds = %v73, %v53
  br label %v76
v44:                                               ; preds = %v33
  br label %v45
v70:                                               ; preds = %v59
  %v71 = load i32, ptr %v5, align 4
  %v72 = add nsw i32 %v71, 1
  store i32 %v72, ptr %v5, align 4
  br label %v73
v106:                                              ; preds = %v145, %v105
  %v107 = load i32, ptr %v10, align 4
  %v108 = load i32, ptr %v10, align 4
  %v109 = mul i32 %v107, %v108
  %v110 = icmp ule i32 %v109, 200000
  br i1 %v110, label %v111, label %v148
v143:                                              ; preds = %v126
  br label %v144
v129:                                              ; preds = %v126
  %v130 = load i32, ptr %v11, align 4
  %v131 = and i32 %v130, 31
  %v132 = shl i32 1, %v131
  %v133 = load i32, ptr %v11, align 4
  %v134 = lshr i32 %v133, 5
  %v135 = zext i32 %v134 to i64
  %v136 = getelementptr inbounds nuw [6251 x i32], ptr @bits, i64 0, i64 %v135
  %v137 = load i32, ptr %v136, align 4
  %v138 = or i32 %v137, %v132
  store i32 %v138, ptr %v136, align 4
  br label %v139
v144:                                              ; preds = %v143, %v111
  br label %v145
v45:                                               ; preds = %v44, %v23
  br label %v46
v76:                                               ; preds = %v75
  %v77 = load i32, ptr %v8, align 4
  %v78 = add nsw i32 %v77, 1
  store i32 %v78, ptr %v8, align 4
  br label %v50, !llvm.loop !9
v36:                                               ; preds = %v33
  %v37 = load i32, ptr %v3, align 4
  %v38 = sext i32 %v37 to i64
  %v39 = getelementptr inbounds [200001 x i8], ptr @composite, i64 0, i64 %v38
  store i8 1, ptr %v39, align 1
  br label %v40
v167:                                              ; preds = %v152
  %v168 = load i32, ptr %v13, align 4
  %v169 = add i32 %v168, 1
  store i32 %v169, ptr %v13, align 4
  br label %v149, !llvm.loop !13
v46:                                               ; preds = %v45
  %v47 = load i32, ptr %v2, align 4
  %v48 = add nsw i32 %v47, 1
  store i32 %v48, ptr %v2, align 4
  br label %v16, !llvm.loop !8
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @fermat(i32 noundef %v0) #0 {
v1:
  %v2 = alloca i32, align 4
  %v3 = alloca i32, align 4
  %v4 = alloca i32, align 4
  %v5 = alloca i32, align 4
  store i32 %v0, ptr %v3, align 4
  %v6 = load i32, ptr %v3, align 4
  %v7 = icmp ult i32 %v6, 4
  br i1 %v7, label %v8, label %v12
v13:                                               ; preds = %v33, %v12
  %v14 = load i32, ptr %v4, align 4
  %v15 = icmp slt i32 %v14, 4
  br i1 %v15, label %v16, label %v36
v12:                                               ; preds = %v1
  store i32 0, ptr %v4, align 4
  br label %v13
v55:                                               ; preds = %v54
  %v56 = load i32, ptr %v5, align 4
  %v57 = add nsw i32 %v56, 1
  store i32 %v57, ptr %v5, align 4
  br label %v37, !llvm.loop !16
v33:                                               ; preds = %v32
  %v34 = load i32, ptr %v4, align 4
  %v35 = add nsw i32 %v34, 1
  store i32 %v35, ptr %v4, align 4
  br label %v13, !llvm.loop !15
v59:                                               ; preds = %v58, %v53, %v24, %v8
  %v60 = load i32, ptr %v2, align 4
  ret i32 %v60
v40:                                               ; preds = %v37
  %v41 = load i32, ptr %v5, align 4
  %v42 = sext i32 %v41 to i64
  %v43 = getelementptr inbounds [4 x i32], ptr @fermat.bases, i64 0, i64 %v42
  %v44 = load i32, ptr %v43, align 4
  %v45 = zext i32 %v44 to i64
  %v46 = load i32, ptr %v3, align 4
  %v47 = sub i32 %v46, 1
  %v48 = zext i32 %v47 to i64
  %v49 = load i32, ptr %v3, align 4
  %v50 = zext i32 %v49 to i64
  %v51 = call i64 @powmod(i64 noundef %v45, i64 noundef %v48, i64 noundef %v50)
  %v52 = icmp ne i64 %v51, 1
  br i1 %v52, label %v53, label %v54
v8:                                                ; preds = %v1
  %v9 = load i32, ptr %v3, align 4
  %v10 = icmp uge i32 %v9, 2
  %v11 = zext i1 %v10 to i32
  store i32 %v11, ptr %v2, align 4
  br label %v59
v24:                                               ; preds = %v16
  %v25 = load i32, ptr %v3, align 4
  %v26 = load i32, ptr %v4, align 4
  %v27 = sext i32 %v26 to i64
  %v28 = getelementptr inbounds [4 x i32], ptr @fermat.bases, i64 0, i64 %v27
  %v29 = load i32, ptr %v28, align 4
  %v30 = icmp eq i32 %v25, %v29
  %v31 = zext i1 %v30 to i32
  store i32 %v31, ptr %v2, align 4
  br label %v59
v36:                                               ; preds = %v13
  store i32 0, ptr %v5, align 4
  br label %v37
v54:                                               ; preds = %v40
  br label %v55
v53:                                               ; preds = %v40
  store i32 0, ptr %v2, align 4
  br label %v59
v58:                                               ; preds = %v37
  store i32 1, ptr %v2, align 4
  br label %v59
v32:                                               ; preds = %v16
  br label %v33
v16:                                               ; preds = %v13
  %v17 = load i32, ptr %v3, align 4
  %v18 = load i32, ptr %v4, align 4
  %v19 = sext i32 %v18 to i64
  %v20 = getelementptr inbounds [4 x i32], ptr @fermat.bases, i64 0, i64 %v19
  %v21 = load i32, ptr %v20, align 4
  %v22 = urem i32 %v17, %v21
  %v23 = icmp eq i32 %v22, 0
  br i1 %v23, label %v24, label %v32
v37:                                               ; preds = %v55, %v36
  %v38 = load i32, ptr %v5, align 4
  %v39 = icmp slt i32 %v38, 4
  br i1 %v39, label %v40, label %v58
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @powmod(i64 noundef %v0, i64 noundef %v1, i64 noundef %v2) #0 {
v3:
  %v4 = alloca i64, align 8
  %v5 = alloca i64, align 8
  %v6 = alloca i64, align 8
  %v7 = alloca i64, align 8
  store i64 %v0, ptr %v4, align 8
  store i64 %v1, ptr %v5, align 8
  store i64 %v2, ptr %v6, align 8
  store i64 1, ptr %v7, align 8
  %v8 = load i64, ptr %v6, align 8
  %v9 = load i64, ptr %v4, align 8
  %v10 = urem i64 %v9, %v8
  store i64 %v10, ptr %v4, align 8
  br label %v11
v32:                                               ; preds = %v11
  %v33 = load i64, ptr %v7, align 8
  ret i64 %v33
v14:                                               ; preds = %v11
  %v15 = load i64, ptr %v5, align 8
  %v16 = and i64 %v15, 1
  %v17 = icmp ne i64 %v16, 0
  br i1 %v17, label %v18, label %v24
v24:                                               ; preds = %v18, %v14
  %v25 = load i64, ptr %v4, align 8
  %v26 = load i64, ptr %v4, align 8
  %v27 = mul i64 %v25, %v26
  %v28 = load i64, ptr %v6, align 8
  %v29 = urem i64 %v27, %v28
  store i64 %v29, ptr %v4, align 8
  %v30 = load i64, ptr %v5, align 8
  %v31 = lshr i64 %v30, 1
  store i64 %v31, ptr %v5, align 8
  br label %v11, !llvm.loop !17
v18:                                               ; preds = %v14
  %v19 = load i64, ptr %v7, align 8
  %v20 = load i64, ptr %v4, align 8
  %v21 = mul i64 %v19, %v20
  %v22 = load i64, ptr %v6, align 8
  %v23 = urem i64 %v21, %v22
  store i64 %v23, ptr %v7, align 8
  br label %v24
v11:                                               ; preds = %v24, %v3
  %v12 = load i64, ptr %v5, align 8
  %v13 = icmp ne i64 %v12, 0
  br i1 %v13, label %v14, label %v32
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
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
