; ModuleID = 'control.c'
source_filename = "control.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [15 x i8] c"collatz %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"goto %d %d\0A\00", align 1
@__const.main.a = private unnamed_addr constant [7 x i32] [i32 -3, i32 8, i32 1, i32 12, i32 5, i32 7, i32 4], align 16
@.str.2 = private unnamed_addr constant [15 x i8] c"pair %d %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"cleanup %d %d %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"range %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"weird %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"tern %d %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [25 x i8] c"short %d %d %d calls %d\0A\00", align 1
@counter = internal global i32 0, align 4
@.str.8 = private unnamed_addr constant [11 x i8] c"inf %d %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [7 x i8] c"do %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"m %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
v0:
  %v1 = alloca i32, align 4
  %v2 = alloca i32, align 4
  %v3 = alloca i32, align 4
  %v4 = alloca i32, align 4
  %v5 = alloca i32, align 4
  %v6 = alloca [7 x i32], align 16
  %v7 = alloca i32, align 4
  %v8 = alloca i32, align 4
  %v9 = alloca i32, align 4
  %v10 = alloca i32, align 4
  %v11 = alloca i32, align 4
  %v12 = alloca i32, align 4
  %v13 = alloca i8, align 1
  %v14 = alloca i8, align 1
  %v15 = alloca i8, align 1
  %v16 = alloca i32, align 4
  %v17 = alloca i32, align 4
  %v18 = alloca i32, align 4
  %v19 = alloca i32, align 4
  %v20 = alloca i32, align 4
  %v21 = alloca i32, align 4
  store i32 0, ptr %v1, align 4
  store i32 0, ptr %v2, align 4
  store i32 0, ptr %v3, align 4
  store i32 1, ptr %v4, align 4
  br label %v22
v32:                                               ; preds = %v25
  %v33 = load i32, ptr %v5, align 4
  store i32 %v33, ptr %v2, align 4
  %v34 = load i32, ptr %v4, align 4
  store i32 %v34, ptr %v3, align 4
  br label %v35
v174:                                              ; preds = %v207, %v171
  %v175 = load i32, ptr %v20, align 4
  %v176 = icmp slt i32 %v175, 10
  br i1 %v176, label %v177, label %v210
v76:                                               ; preds = %v73
  store i32 0, ptr %v11, align 4
  br label %v77
v122:                                              ; preds = %v120, %v116
  %v123 = phi i1 [ true, %v116 ], [ %v121, %v120 ]
  %v124 = zext i1 %v123 to i8
  store i8 %v124, ptr %v14, align 1
  %v125 = call zeroext i1 @side(i1 noundef zeroext true)
  br i1 %v125, label %v126, label %v130
v101:                                              ; preds = %v77
  br label %v102
v70:                                               ; preds = %v58
  %v71 = load i32, ptr %v7, align 4
  %v72 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %v71)
  store i32 0, ptr %v9, align 4
  store i32 0, ptr %v10, align 4
  br label %v73
v98:                                               ; preds = %v97
  %v99 = load i32, ptr %v11, align 4
  %v100 = add nsw i32 %v99, 1
  store i32 %v100, ptr %v11, align 4
  br label %v77, !llvm.loop !10
v206:                                              ; preds = %v185, %v178
  br label %v207
v84:                                               ; preds = %v81
  %v85 = load i32, ptr %v9, align 4
  %v86 = mul nsw i32 %v85, 2
  %v87 = srem i32 %v86, 1000003
  %v88 = load i32, ptr %v10, align 4
  %v89 = load i32, ptr %v11, align 4
  %v90 = load i32, ptr %v12, align 4
  %v91 = call zeroext i1 @weird(i32 noundef %v88, i32 noundef %v89, i32 noundef %v90)
  %v92 = zext i1 %v91 to i32
  %v93 = add nsw i32 %v87, %v92
  store i32 %v93, ptr %v9, align 4
  br label %v94
v144:                                              ; preds = %v151, %v130
  %v145 = load i32, ptr %v17, align 4
  %v146 = load i32, ptr %v16, align 4
  %v147 = add nsw i32 %v146, %v145
  store i32 %v147, ptr %v16, align 4
  %v148 = load i32, ptr %v16, align 4
  %v149 = icmp sgt i32 %v148, 100
  br i1 %v149, label %v150, label %v151
v114:                                              ; preds = %v105
  %v115 = call zeroext i1 @side(i1 noundef zeroext true)
  br label %v116
v39:                                               ; preds = %v22
  %v40 = load i32, ptr %v3, align 4
  %v41 = load i32, ptr %v2, align 4
  %v42 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %v40, i32 noundef %v41)
  %v43 = call i32 @goto_loop(i32 noundef 10)
  %v44 = call i32 @goto_loop(i32 noundef 0)
  %v45 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %v43, i32 noundef %v44)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %v6, ptr align 16 @__const.main.a, i64 28, i1 false)
  %v46 = getelementptr inbounds [7 x i32], ptr %v6, i64 0, i64 0
  %v47 = call i32 @find_pair(ptr noundef %v46, i32 noundef 7, i32 noundef 9)
  %v48 = getelementptr inbounds [7 x i32], ptr %v6, i64 0, i64 0
  %v49 = call i32 @find_pair(ptr noundef %v48, i32 noundef 7, i32 noundef 20)
  %v50 = getelementptr inbounds [7 x i32], ptr %v6, i64 0, i64 0
  %v51 = call i32 @find_pair(ptr noundef %v50, i32 noundef 7, i32 noundef 1000)
  %v52 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %v47, i32 noundef %v49, i32 noundef %v51)
  %v53 = call i32 @cleanup_style(i32 noundef -1)
  %v54 = call i32 @cleanup_style(i32 noundef 200)
  %v55 = call i32 @cleanup_style(i32 noundef 4)
  %v56 = call i32 @cleanup_style(i32 noundef 5)
  %v57 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %v53, i32 noundef %v54, i32 noundef %v55, i32 noundef %v56)
  store i32 0, ptr %v7, align 4
  store i32 -5, ptr %v8, align 4
  br label %v58
v35:                                               ; preds = %v32, %v25
  br label %v36
v211:                                              ; preds = %v210, %v201
  %v212 = load i32, ptr %v19, align 4
  %v213 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %v212)
  %v214 = load i32, ptr %v2, align 4
  %v215 = and i32 %v214, 63
  ret i32 %v215
v171:                                              ; preds = %v168
  %v172 = load i32, ptr %v18, align 4
  %v173 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %v172)
  store i32 0, ptr %v19, align 4
  store i32 0, ptr %v20, align 4
  br label %v174
v154:                                              ; preds = %v150
  %v155 = load i32, ptr %v16, align 4
  %v156 = load i32, ptr %v17, align 4
  %v157 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %v155, i32 noundef %v156)
  store i32 0, ptr %v18, align 4
  br label %v158
v202:                                              ; preds = %v193
  br label %v203
v207:                                              ; preds = %v206
  %v208 = load i32, ptr %v20, align 4
  %v209 = add nsw i32 %v208, 1
  store i32 %v209, ptr %v20, align 4
  br label %v174, !llvm.loop !14
v116:                                              ; preds = %v114, %v105
  %v117 = phi i1 [ false, %v105 ], [ %v115, %v114 ]
  %v118 = zext i1 %v117 to i8
  store i8 %v118, ptr %v13, align 1
  %v119 = call zeroext i1 @side(i1 noundef zeroext true)
  br i1 %v119, label %v122, label %v120
v186:                                              ; preds = %v181
  %v187 = load i32, ptr %v20, align 4
  %v188 = load i32, ptr %v21, align 4
  %v189 = add nsw i32 %v187, %v188
  %v190 = srem i32 %v189, 3
  %v191 = icmp eq i32 %v190, 0
  br i1 %v191, label %v192, label %v193
v177:                                              ; preds = %v174
  store i32 0, ptr %v21, align 4
  br label %v178
v105:                                              ; preds = %v73
  %v106 = load i32, ptr %v9, align 4
  %v107 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %v106)
  %v108 = call i32 @tern(i32 noundef 5, i32 noundef 2)
  %v109 = call i32 @tern(i32 noundef 2, i32 noundef 5)
  %v110 = call i32 @tern(i32 noundef 0, i32 noundef 0)
  %v111 = call i32 @tern(i32 noundef 3, i32 noundef 3)
  %v112 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %v108, i32 noundef %v109, i32 noundef %v110, i32 noundef %v111)
  %v113 = call zeroext i1 @side(i1 noundef zeroext false)
  br i1 %v113, label %v114, label %v116
v77:                                               ; preds = %v98, %v76
  %v78 = load i32, ptr %v11, align 4
  %v79 = icmp slt i32 %v78, 5
  br i1 %v79, label %v80, label %v101
v126:                                              ; preds = %v122
  %v127 = call zeroext i1 @side(i1 noundef zeroext false)
  br i1 %v127, label %v128, label %v130
v158:                                              ; preds = %v168, %v154
  %v159 = load i32, ptr %v18, align 4
  %v160 = add nsw i32 %v159, 3
  store i32 %v160, ptr %v18, align 4
  %v161 = load i32, ptr %v18, align 4
  %v162 = srem i32 %v161, 2
  %v163 = icmp eq i32 %v162, 0
  br i1 %v163, label %v164, label %v165
v102:                                              ; preds = %v101
  %v103 = load i32, ptr %v10, align 4
  %v104 = add nsw i32 %v103, 1
  store i32 %v104, ptr %v10, align 4
  br label %v73, !llvm.loop !11
v210:                                              ; preds = %v174
  br label %v211
v192:                                              ; preds = %v186
  br label %v203
v165:                                              ; preds = %v158
  %v166 = load i32, ptr %v18, align 4
  %v167 = add nsw i32 %v166, 1
  store i32 %v167, ptr %v18, align 4
  br label %v168
v73:                                               ; preds = %v102, %v70
  %v74 = load i32, ptr %v10, align 4
  %v75 = icmp slt i32 %v74, 5
  br i1 %v75, label %v76, label %v105
v164:                                              ; preds = %v158
  br label %v168
v178:                                              ; preds = %v203, %v177
  %v179 = load i32, ptr %v21, align 4
  %v180 = icmp slt i32 %v179, 10
  br i1 %v180, label %v181, label %v206
v81:                                               ; preds = %v94, %v80
  %v82 = load i32, ptr %v12, align 4
  %v83 = icmp slt i32 %v82, 2
  br i1 %v83, label %v84, label %v97
v97:                                               ; preds = %v81
  br label %v98
v193:                                              ; preds = %v186
  %v194 = load i32, ptr %v20, align 4
  %v195 = load i32, ptr %v21, align 4
  %v196 = mul nsw i32 %v194, %v195
  %v197 = load i32, ptr %v19, align 4
  %v198 = add nsw i32 %v197, %v196
  store i32 %v198, ptr %v19, align 4
  %v199 = load i32, ptr %v19, align 4
  %v200 = icmp sgt i32 %v199, 500
  br i1 %v200, label %v201, label %v202
v22:                                               ; preds = %v36, %v0
  %v23 = load i32, ptr %v4, align 4
  %v24 = icmp slt i32 %v23, 3000
  br i1 %v24, label %v25, label %v39
v128:                                              ; preds = %v126
  %v129 = call zeroext i1 @side(i1 noundef zeroext true)
  br label %v130
v185:                                              ; preds = %v181
  br label %v206
v25:                                               ; preds = %v22
  %v26 = load i32, ptr %v4, align 4
  %v27 = sext i32 %v26 to i64
  %v28 = call i32 @collatz(i64 noundef %v27)
  store i32 %v28, ptr %v5, align 4
  %v29 = load i32, ptr %v5, align 4
  %v30 = load i32, ptr %v2, align 4
  %v31 = icmp sgt i32 %v29, %v30
  br i1 %v31, label %v32, label %v35
v201:                                              ; preds = %v193
  br label %v211
v58:                                               ; preds = %v67, %v39
  %v59 = load i32, ptr %v8, align 4
  %v60 = icmp slt i32 %v59, 15
  br i1 %v60, label %v61, label %v70
v80:                                               ; preds = %v77
  store i32 0, ptr %v12, align 4
  br label %v81
v120:                                              ; preds = %v116
  %v121 = call zeroext i1 @side(i1 noundef zeroext false)
  br label %v122
v181:                                              ; preds = %v178
  %v182 = load i32, ptr %v21, align 4
  %v183 = load i32, ptr %v20, align 4
  %v184 = icmp sgt i32 %v182, %v183
  br i1 %v184, label %v185, label %v186
v150:                                              ; preds = %v144
  br label %v154
v130:                                              ; preds = %v128, %v126, %v122
  %v131 = phi i1 [ false, %v126 ], [ false, %v122 ], [ %v129, %v128 ]
  %v132 = zext i1 %v131 to i8
  store i8 %v132, ptr %v15, align 1
  %v133 = load i8, ptr %v13, align 1
  %v134 = trunc i8 %v133 to i1
  %v135 = zext i1 %v134 to i32
  %v136 = load i8, ptr %v14, align 1
  %v137 = trunc i8 %v136 to i1
  %v138 = zext i1 %v137 to i32
  %v139 = load i8, ptr %v15, align 1
  %v140 = trunc i8 %v139 to i1
  %v141 = zext i1 %v140 to i32
  %v142 = load i32, ptr @counter, align 4
  %v143 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %v135, i32 noundef %v138, i32 noundef %v141, i32 noundef %v142)
  store i32 0, ptr %v16, align 4
  store i32 0, ptr %v17, align 4
  br label %v144
v151:                                              ; preds = %v144
  %v152 = load i32, ptr %v17, align 4
  %v153 = add nsw i32 %v152, 1
  store i32 %v153, ptr %v17, align 4
  br label %v144
v61:                                               ; preds = %v58
  %v62 = load i32, ptr %v8, align 4
  %v63 = call zeroext i1 @in_range(i32 noundef %v62, i32 noundef 0, i32 noundef 9)
  %v64 = zext i1 %v63 to i32
  %v65 = load i32, ptr %v7, align 4
  %v66 = add nsw i32 %v65, %v64
  store i32 %v66, ptr %v7, align 4
  br label %v67
v94:                                               ; preds = %v84
  %v95 = load i32, ptr %v12, align 4
  %v96 = add nsw i32 %v95, 1
  store i32 %v96, ptr %v12, align 4
  br label %v81, !llvm.loop !9
v36:                                               ; preds = %v35
  %v37 = load i32, ptr %v4, align 4
  %v38 = add nsw i32 %v37, 1
  store i32 %v38, ptr %v4, align 4
  br label %v22, !llvm.loop !6
v203:                                              ; preds = %v202, %v192
  %v204 = load i32, ptr %v21, align 4
  %v205 = add nsw i32 %v204, 1
  store i32 %v205, ptr %v21, align 4
  br label %v178, !llvm.loop !13
v168:                                              ; preds = %v165, %v164
  %v169 = load i32, ptr %v18, align 4
  %v170 = icmp slt i32 %v169, 30
  br i1 %v170, label %v158, label %v171, !llvm.loop !12
v67:                                               ; preds = %v61
  %v68 = load i32, ptr %v8, align 4
  %v69 = add nsw i32 %v68, 1
  store i32 %v69, ptr %v8, align 4
  br label %v58, !llvm.loop !8
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @collatz(i64 noundef %v0) #0 {
v1:
  %v2 = alloca i64, align 8
  %v3 = alloca i32, align 4
  store i64 %v0, ptr %v2, align 8
  store i32 0, ptr %v3, align 4
  br label %v4
v7:                                                ; preds = %v4
  %v8 = load i64, ptr %v2, align 8
  %v9 = and i64 %v8, 1
  %v10 = icmp ne i64 %v9, 0
  br i1 %v10, label %v11, label %v15
v22:                                               ; preds = %v4
  %v23 = load i32, ptr %v3, align 4
  ret i32 %v23
v18:                                               ; preds = %v15, %v11
  %v19 = phi i64 [ %v14, %v11 ], [ %v17, %v15 ]
  store i64 %v19, ptr %v2, align 8
  %v20 = load i32, ptr %v3, align 4
  %v21 = add nsw i32 %v20, 1
  store i32 %v21, ptr %v3, align 4
  br label %v4, !llvm.loop !15
v15:                                               ; preds = %v7
  %v16 = load i64, ptr %v2, align 8
  %v17 = sdiv i64 %v16, 2
  br label %v18
v11:                                               ; preds = %v7
  %v12 = load i64, ptr %v2, align 8
  %v13 = mul nsw i64 3, %v12
  %v14 = add nsw i64 %v13, 1
  br label %v18
v4:                                                ; preds = %v18, %v1
  %v5 = load i64, ptr %v2, align 8
  %v6 = icmp ne i64 %v5, 1
  br i1 %v6, label %v7, label %v22
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @goto_loop(i32 noundef %v0) #0 {
v1:
  %v2 = alloca i32, align 4
  %v3 = alloca i32, align 4
  %v4 = alloca i32, align 4
  store i32 %v0, ptr %v2, align 4
  store i32 0, ptr %v3, align 4
  store i32 0, ptr %v4, align 4
  br label %v5
v5:                                                ; preds = %v10, %v1
  %v6 = load i32, ptr %v3, align 4
  %v7 = load i32, ptr %v2, align 4
  %v8 = icmp sge i32 %v6, %v7
  br i1 %v8, label %v9, label %v10
v18:                                               ; preds = %v9
  %v19 = load i32, ptr %v4, align 4
  ret i32 %v19
v9:                                                ; preds = %v5
  br label %v18
v10:                                               ; preds = %v5
  %v11 = load i32, ptr %v3, align 4
  %v12 = load i32, ptr %v3, align 4
  %v13 = mul nsw i32 %v11, %v12
  %v14 = load i32, ptr %v4, align 4
  %v15 = add nsw i32 %v14, %v13
  store i32 %v15, ptr %v4, align 4
  %v16 = load i32, ptr %v3, align 4
  %v17 = add nsw i32 %v16, 1
  store i32 %v17, ptr %v3, align 4
  br label %v5
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @find_pair(ptr noundef %v0, i32 noundef %v1, i32 noundef %v2) #0 {
v3:
  %v4 = alloca i32, align 4
  %v5 = alloca ptr, align 8
  %v6 = alloca i32, align 4
  %v7 = alloca i32, align 4
  %v8 = alloca i32, align 4
  %v9 = alloca i32, align 4
  store ptr %v0, ptr %v5, align 8
  store i32 %v1, ptr %v6, align 4
  store i32 %v2, ptr %v7, align 4
  store i32 0, ptr %v8, align 4
  br label %v10
v53:                                               ; preds = %v52
  %v54 = load i32, ptr %v8, align 4
  %v55 = add nsw i32 %v54, 1
  store i32 %v55, ptr %v8, align 4
  br label %v10, !llvm.loop !17
v17:                                               ; preds = %v49, %v14
  %v18 = load i32, ptr %v9, align 4
  %v19 = load i32, ptr %v6, align 4
  %v20 = icmp slt i32 %v18, %v19
  br i1 %v20, label %v21, label %v52
v35:                                               ; preds = %v21
  br label %v49
v14:                                               ; preds = %v10
  %v15 = load i32, ptr %v8, align 4
  %v16 = add nsw i32 %v15, 1
  store i32 %v16, ptr %v9, align 4
  br label %v17
v56:                                               ; preds = %v10
  store i32 -1, ptr %v4, align 4
  br label %v57
v57:                                               ; preds = %v56, %v44
  %v58 = load i32, ptr %v4, align 4
  ret i32 %v58
v36:                                               ; preds = %v21
  %v37 = load ptr, ptr %v5, align 8
  %v38 = load i32, ptr %v8, align 4
  %v39 = sext i32 %v38 to i64
  %v40 = getelementptr inbounds i32, ptr %v37, i64 %v39
  %v41 = load i32, ptr %v40, align 4
  %v42 = icmp slt i32 %v41, 0
  br i1 %v42, label %v43, label %v44
v21:                                               ; preds = %v17
  %v22 = load ptr, ptr %v5, align 8
  %v23 = load i32, ptr %v8, align 4
  %v24 = sext i32 %v23 to i64
  %v25 = getelementptr inbounds i32, ptr %v22, i64 %v24
  %v26 = load i32, ptr %v25, align 4
  %v27 = load ptr, ptr %v5, align 8
  %v28 = load i32, ptr %v9, align 4
  %v29 = sext i32 %v28 to i64
  %v30 = getelementptr inbounds i32, ptr %v27, i64 %v29
  %v31 = load i32, ptr %v30, align 4
  %v32 = add nsw i32 %v26, %v31
  %v33 = load i32, ptr %v7, align 4
  %v34 = icmp ne i32 %v32, %v33
  br i1 %v34, label %v35, label %v36
v44:                                               ; preds = %v36
  %v45 = load i32, ptr %v8, align 4
  %v46 = mul nsw i32 %v45, 100
  %v47 = load i32, ptr %v9, align 4
  %v48 = add nsw i32 %v46, %v47
  store i32 %v48, ptr %v4, align 4
  br label %v57
v10:                                               ; preds = %v53, %v3
  %v11 = load i32, ptr %v8, align 4
  %v12 = load i32, ptr %v6, align 4
  %v13 = icmp slt i32 %v11, %v12
  br i1 %v13, label %v14, label %v56
v52:                                               ; preds = %v17
  br label %v53
v43:                                               ; preds = %v36
  br label %v49
v49:                                               ; preds = %v43, %v35
  %v50 = load i32, ptr %v9, align 4
  %v51 = add nsw i32 %v50, 1
  store i32 %v51, ptr %v9, align 4
  br label %v17, !llvm.loop !16
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cleanup_style(i32 noundef %v0) #0 {
v1:
  %v2 = alloca i32, align 4
  %v3 = alloca i32, align 4
  %v4 = alloca i32, align 4
  store i32 %v0, ptr %v3, align 4
  store i32 0, ptr %v4, align 4
  %v5 = load i32, ptr %v3, align 4
  %v6 = icmp slt i32 %v5, 0
  br i1 %v6, label %v7, label %v8
v23:                                               ; preds = %v20
  %v24 = load i32, ptr %v4, align 4
  %v25 = add nsw i32 %v24, 100
  store i32 %v25, ptr %v4, align 4
  %v26 = load i32, ptr %v4, align 4
  store i32 %v26, ptr %v2, align 4
  br label %v30
v14:                                               ; preds = %v8
  %v15 = load i32, ptr %v4, align 4
  %v16 = add nsw i32 %v15, 10
  store i32 %v16, ptr %v4, align 4
  %v17 = load i32, ptr %v3, align 4
  %v18 = srem i32 %v17, 2
  %v19 = icmp ne i32 %v18, 0
  br i1 %v19, label %v20, label %v21
v13:                                               ; preds = %v8
  br label %v27
v30:                                               ; preds = %v27, %v23, %v21
  %v31 = load i32, ptr %v2, align 4
  ret i32 %v31
v7:                                                ; preds = %v1
  br label %v27
v20:                                               ; preds = %v14
  br label %v23
v21:                                               ; preds = %v14
  %v22 = load i32, ptr %v4, align 4
  store i32 %v22, ptr %v2, align 4
  br label %v30
v27:                                               ; preds = %v13, %v7
  %v28 = load i32, ptr %v4, align 4
  %v29 = sub nsw i32 0, %v28
  store i32 %v29, ptr %v2, align 4
  br label %v30
v8:                                                ; preds = %v1
  %v9 = load i32, ptr %v4, align 4
  %v10 = add nsw i32 %v9, 1
  store i32 %v10, ptr %v4, align 4
  %v11 = load i32, ptr %v3, align 4
  %v12 = icmp sgt i32 %v11, 100
  br i1 %v12, label %v13, label %v14
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i1 @in_range(i32 noundef %v0, i32 noundef %v1, i32 noundef %v2) #0 {
v3:
  %v4 = alloca i32, align 4
  %v5 = alloca i32, align 4
  %v6 = alloca i32, align 4
  store i32 %v0, ptr %v4, align 4
  store i32 %v1, ptr %v5, align 4
  store i32 %v2, ptr %v6, align 4
  %v7 = load i32, ptr %v4, align 4
  %v8 = load i32, ptr %v5, align 4
  %v9 = icmp sge i32 %v7, %v8
  br i1 %v9, label %v10, label %v14
v10:                                               ; preds = %v3
  %v11 = load i32, ptr %v4, align 4
  %v12 = load i32, ptr %v6, align 4
  %v13 = icmp sle i32 %v11, %v12
  br label %v14
v14:                                               ; preds = %v10, %v3
  %v15 = phi i1 [ false, %v3 ], [ %v13, %v10 ]
  ret i1 %v15
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i1 @weird(i32 noundef %v0, i32 noundef %v1, i32 noundef %v2) #0 {
v3:
  %v4 = alloca i32, align 4
  %v5 = alloca i32, align 4
  %v6 = alloca i32, align 4
  store i32 %v0, ptr %v4, align 4
  store i32 %v1, ptr %v5, align 4
  store i32 %v2, ptr %v6, align 4
  %v7 = load i32, ptr %v4, align 4
  %v8 = icmp ne i32 %v7, 0
  br i1 %v8, label %v9, label %v12
v21:                                               ; preds = %v18
  %v22 = load i32, ptr %v6, align 4
  %v23 = icmp ne i32 %v22, 0
  br i1 %v23, label %v27, label %v24
v15:                                               ; preds = %v12
  %v16 = load i32, ptr %v6, align 4
  %v17 = icmp ne i32 %v16, 0
  br i1 %v17, label %v29, label %v18
v12:                                               ; preds = %v9, %v3
  %v13 = load i32, ptr %v5, align 4
  %v14 = icmp ne i32 %v13, 0
  br i1 %v14, label %v15, label %v18
v27:                                               ; preds = %v24, %v21, %v18
  %v28 = phi i1 [ false, %v21 ], [ false, %v18 ], [ %v26, %v24 ]
  br label %v29
v18:                                               ; preds = %v15, %v12
  %v19 = load i32, ptr %v4, align 4
  %v20 = icmp ne i32 %v19, 0
  br i1 %v20, label %v27, label %v21
v9:                                                ; preds = %v3
  %v10 = load i32, ptr %v5, align 4
  %v11 = icmp ne i32 %v10, 0
  br i1 %v11, label %v12, label %v29
v24:                                               ; preds = %v21
  %v25 = load i32, ptr %v5, align 4
  %v26 = icmp sgt i32 %v25, 3
  br label %v27
v29:                                               ; preds = %v27, %v15, %v9
  %v30 = phi i1 [ true, %v15 ], [ true, %v9 ], [ %v28, %v27 ]
  ret i1 %v30
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @tern(i32 noundef %v0, i32 noundef %v1) #0 {
v2:
  %v3 = alloca i32, align 4
  %v4 = alloca i32, align 4
  store i32 %v0, ptr %v3, align 4
  store i32 %v1, ptr %v4, align 4
  %v5 = load i32, ptr %v3, align 4
  %v6 = load i32, ptr %v4, align 4
  %v7 = icmp sgt i32 %v5, %v6
  br i1 %v7, label %v8, label %v12
v20:                                               ; preds = %v12
  %v21 = load i32, ptr %v3, align 4
  %v22 = icmp eq i32 %v21, 0
  %v23 = zext i1 %v22 to i64
  %v24 = select i1 %v22, i32 -1, i32 0
  br label %v25
v8:                                                ; preds = %v2
  %v9 = load i32, ptr %v3, align 4
  %v10 = load i32, ptr %v4, align 4
  %v11 = sub nsw i32 %v9, %v10
  br label %v27
v16:                                               ; preds = %v12
  %v17 = load i32, ptr %v4, align 4
  %v18 = load i32, ptr %v3, align 4
  %v19 = sub nsw i32 %v17, %v18
  br label %v25
v25:                                               ; preds = %v20, %v16
  %v26 = phi i32 [ %v19, %v16 ], [ %v24, %v20 ]
  br label %v27
v12:                                               ; preds = %v2
  %v13 = load i32, ptr %v3, align 4
  %v14 = load i32, ptr %v4, align 4
  %v15 = icmp slt i32 %v13, %v14
  br i1 %v15, label %v16, label %v20
v27:                                               ; preds = %v25, %v8
  %v28 = phi i32 [ %v11, %v8 ], [ %v26, %v25 ]
  ret i32 %v28
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i1 @side(i1 noundef zeroext %v0) #0 {
v1:
  %v2 = alloca i8, align 1
  %v3 = zext i1 %v0 to i8
  store i8 %v3, ptr %v2, align 1
  %v4 = load i32, ptr @counter, align 4
  %v5 = add nsw i32 %v4, 1
  store i32 %v5, ptr @counter, align 4
  %v6 = load i8, ptr %v2, align 1
  %v7 = trunc i8 %v6 to i1
  ret i1 %v7
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
