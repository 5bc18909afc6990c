; ModuleID = 'sort.c'
source_filename = "sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [17 x i8] c"insertion %d %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [27 x i8] c"quick %d %u min %d max %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"merge %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [22 x i8] c"heap %d %d median %d\0A\00", align 1
@rng_state = internal global i32 12345, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
v0:
  %v1 = alloca i32, align 4
  %v2 = alloca ptr, align 8
  %v3 = alloca ptr, align 8
  %v4 = alloca ptr, align 8
  %v5 = alloca i32, align 4
  %v6 = alloca i32, align 4
  store i32 0, ptr %v1, align 4
  %v7 = call noalias ptr @malloc(i64 noundef 12000) #5
  store ptr %v7, ptr %v2, align 8
  %v8 = call noalias ptr @malloc(i64 noundef 12000) #5
  store ptr %v8, ptr %v3, align 8
  %v9 = call noalias ptr @malloc(i64 noundef 12000) #5
  store ptr %v9, ptr %v4, align 8
  store i32 0, ptr %v5, align 4
  br label %v10
v23:                                               ; preds = %v10
  %v24 = load ptr, ptr %v3, align 8
  %v25 = load ptr, ptr %v2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %v24, ptr align 4 %v25, i64 2000, i1 false)
  %v26 = load ptr, ptr %v3, align 8
  call void @insertion(ptr noundef %v26, i32 noundef 500)
  %v27 = load ptr, ptr %v3, align 8
  %v28 = call i32 @sorted(ptr noundef %v27, i32 noundef 500)
  %v29 = load ptr, ptr %v3, align 8
  %v30 = call i32 @checksum(ptr noundef %v29, i32 noundef 500)
  %v31 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %v28, i32 noundef %v30)
  %v32 = load ptr, ptr %v3, align 8
  %v33 = load ptr, ptr %v2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %v32, ptr align 4 %v33, i64 12000, i1 false)
  %v34 = load ptr, ptr %v3, align 8
  call void @quick(ptr noundef %v34, i32 noundef 0, i32 noundef 2999)
  %v35 = load ptr, ptr %v3, align 8
  %v36 = call i32 @checksum(ptr noundef %v35, i32 noundef 3000)
  store i32 %v36, ptr %v6, align 4
  %v37 = load ptr, ptr %v3, align 8
  %v38 = call i32 @sorted(ptr noundef %v37, i32 noundef 3000)
  %v39 = load i32, ptr %v6, align 4
  %v40 = load ptr, ptr %v3, align 8
  %v41 = getelementptr inbounds i32, ptr %v40, i64 0
  %v42 = load i32, ptr %v41, align 4
  %v43 = load ptr, ptr %v3, align 8
  %v44 = getelementptr inbounds i32, ptr %v43, i64 2999
  %v45 = load i32, ptr %v44, align 4
  %v46 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %v38, i32 noundef %v39, i32 noundef %v42, i32 noundef %v45)
  %v47 = load ptr, ptr %v3, align 8
  %v48 = load ptr, ptr %v2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %v47, ptr align 4 %v48, i64 12000, i1 false)
  %v49 = load ptr, ptr %v3, align 8
  %v50 = load ptr, ptr %v4, align 8
  call void @merge_sort(ptr noundef %v49, ptr noundef %v50, i32 noundef 3000)
  %v51 = load ptr, ptr %v3, align 8
  %v52 = call i32 @sorted(ptr noundef %v51, i32 noundef 3000)
  %v53 = load ptr, ptr %v3, align 8
  %v54 = call i32 @checksum(ptr noundef %v53, i32 noundef 3000)
  %v55 = load i32, ptr %v6, align 4
  %v56 = icmp eq i32 %v54, %v55
  %v57 = zext i1 %v56 to i32
  %v58 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %v52, i32 noundef %v57)
  %v59 = load ptr, ptr %v3, align 8
  %v60 = load ptr, ptr %v2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %v59, ptr align 4 %v60, i64 12000, i1 false)
  %v61 = load ptr, ptr %v3, align 8
  call void @heap_sort(ptr noundef %v61, i32 noundef 3000)
  %v62 = load ptr, ptr %v3, align 8
  %v63 = call i32 @sorted(ptr noundef %v62, i32 noundef 3000)
  %v64 = load ptr, ptr %v3, align 8
  %v65 = call i32 @checksum(ptr noundef %v64, i32 noundef 3000)
  %v66 = load i32, ptr %v6, align 4
  %v67 = icmp eq i32 %v65, %v66
  %v68 = zext i1 %v67 to i32
  %v69 = load ptr, ptr %v3, align 8
  %v70 = getelementptr inbounds i32, ptr %v69, i64 1500
  %v71 = load i32, ptr %v70, align 4
  %v72 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %v63, i32 noundef %v68, i32 noundef %v71)
  %v73 = load ptr, ptr %v2, align 8
  call void @free(ptr noundef %v73) #6
  %v74 = load ptr, ptr %v3, align 8
  call void @free(ptr noundef %v74) #6
  %v75 = load ptr, ptr %v4, align 8
  call void @free(ptr noundef %v75) #6
  %v76 = load i32, ptr %v6, align 4
  %v77 = urem i32 %v76, 128
  ret i32 %v77
v10:                                               ; preds = %v20, %v0
  %v11 = load i32, ptr %v5, align 4
  %v12 = icmp slt i32 %v11, 3000
  br i1 %v12, label %v13, label %v23
v20:                                               ; preds = %v13
  %v21 = load i32, ptr %v5, align 4
  %v22 = add nsw i32 %v21, 1
  store i32 %v22, ptr %v5, align 4
  br label %v10, !llvm.loop !6
v13:                                               ; preds = %v10
  %v14 = call i32 @rng()
  %v15 = sub nsw i32 %v14, 16384
  %v16 = load ptr, ptr %v2, align 8
  %v17 = load i32, ptr %v5, align 4
  %v18 = sext i32 %v17 to i64
  %v19 = getelementptr inbounds i32, ptr %v16, i64 %v18
  store i32 %v15, ptr %v19, align 4
  br label %v20
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @rng() #0 {
v0:
  %v1 = load i32, ptr @rng_state, align 4
  %v2 = mul i32 %v1, 1103515245
  %v3 = add i32 %v2, 12345
  store i32 %v3, ptr @rng_state, align 4
  %v4 = load i32, ptr @rng_state, align 4
  %v5 = lshr i32 %v4, 16
  %v6 = and i32 %v5, 32767
  ret i32 %v6
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @insertion(ptr noundef %v0, i32 noundef %v1) #0 {
v2:
  %v3 = alloca ptr, align 8
  %v4 = alloca i32, align 4
  %v5 = alloca i32, align 4
  %v6 = alloca i32, align 4
  %v7 = alloca i32, align 4
  store ptr %v0, ptr %v3, align 8
  store i32 %v1, ptr %v4, align 4
  store i32 1, ptr %v5, align 4
  br label %v8
v53:                                               ; preds = %v46
  %v54 = load i32, ptr %v5, align 4
  %v55 = add nsw i32 %v54, 1
  store i32 %v55, ptr %v5, align 4
  br label %v8, !llvm.loop !9
v20:                                               ; preds = %v33, %v12
  %v21 = load i32, ptr %v7, align 4
  %v22 = icmp sge i32 %v21, 0
  br i1 %v22, label %v23, label %v31
v8:                                                ; preds = %v53, %v2
  %v9 = load i32, ptr %v5, align 4
  %v10 = load i32, ptr %v4, align 4
  %v11 = icmp slt i32 %v9, %v10
  br i1 %v11, label %v12, label %v56
v56:                                               ; preds = %v8
  ret void
v33:                                               ; preds = %v31
  %v34 = load ptr, ptr %v3, align 8
  %v35 = load i32, ptr %v7, align 4
  %v36 = sext i32 %v35 to i64
  %v37 = getelementptr inbounds i32, ptr %v34, i64 %v36
  %v38 = load i32, ptr %v37, align 4
  %v39 = load ptr, ptr %v3, align 8
  %v40 = load i32, ptr %v7, align 4
  %v41 = add nsw i32 %v40, 1
  %v42 = sext i32 %v41 to i64
  %v43 = getelementptr inbounds i32, ptr %v39, i64 %v42
  store i32 %v38, ptr %v43, align 4
  %v44 = load i32, ptr %v7, align 4
  %v45 = add nsw i32 %v44, -1
  store i32 %v45, ptr %v7, align 4
  br label %v20, !llvm.loop !8
v46:                                               ; preds = %v31
  %v47 = load i32, ptr %v6, align 4
  %v48 = load ptr, ptr %v3, align 8
  %v49 = load i32, ptr %v7, align 4
  %v50 = add nsw i32 %v49, 1
  %v51 = sext i32 %v50 to i64
  %v52 = getelementptr inbounds i32, ptr %v48, i64 %v51
  store i32 %v47, ptr %v52, align 4
  br label %v53
v23:                                               ; preds = %v20
  %v24 = load ptr, ptr %v3, align 8
  %v25 = load i32, ptr %v7, align 4
  %v26 = sext i32 %v25 to i64
  %v27 = getelementptr inbounds i32, ptr %v24, i64 %v26
  %v28 = load i32, ptr %v27, align 4
  %v29 = load i32, ptr %v6, align 4
  %v30 = icmp sgt i32 %v28, %v29
  br label %v31
v12:                                               ; preds = %v8
  %v13 = load ptr, ptr %v3, align 8
  %v14 = load i32, ptr %v5, align 4
  %v15 = sext i32 %v14 to i64
  %v16 = getelementptr inbounds i32, ptr %v13, i64 %v15
  %v17 = load i32, ptr %v16, align 4
  store i32 %v17, ptr %v6, align 4
  %v18 = load i32, ptr %v5, align 4
  %v19 = sub nsw i32 %v18, 1
  store i32 %v19, ptr %v7, align 4
  br label %v20
v31:                                               ; preds = %v23, %v20
  %v32 = phi i1 [ false, %v20 ], [ %v30, %v23 ]
  br i1 %v32, label %v33, label %v46
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sorted(ptr noundef %v0, i32 noundef %v1) #0 {
v2:
  %v3 = alloca i32, align 4
  %v4 = alloca ptr, align 8
  %v5 = alloca i32, align 4
  %v6 = alloca i32, align 4
  store ptr %v0, ptr %v4, align 8
  store i32 %v1, ptr %v5, align 4
  store i32 1, ptr %v6, align 4
  br label %v7
v11:                                               ; preds = %v7
  %v12 = load ptr, ptr %v4, align 8
  %v13 = load i32, ptr %v6, align 4
  %v14 = sub nsw i32 %v13, 1
  %v15 = sext i32 %v14 to i64
  %v16 = getelementptr inbounds i32, ptr %v12, i64 %v15
  %v17 = load i32, ptr %v16, align 4
  %v18 = load ptr, ptr %v4, align 8
  %v19 = load i32, ptr %v6, align 4
  %v20 = sext i32 %v19 to i64
  %v21 = getelementptr inbounds i32, ptr %v18, i64 %v20
  %v22 = load i32, ptr %v21, align 4
  %v23 = icmp sgt i32 %v17, %v22
  br i1 %v23, label %v24, label %v25
v29:                                               ; preds = %v7
  store i32 1, ptr %v3, align 4
  br label %v30
v24:                                               ; preds = %v11
  store i32 0, ptr %v3, align 4
  br label %v30
v26:                                               ; preds = %v25
  %v27 = load i32, ptr %v6, align 4
  %v28 = add nsw i32 %v27, 1
  store i32 %v28, ptr %v6, align 4
  br label %v7, !llvm.loop !10
v30:                                               ; preds = %v29, %v24
  %v31 = load i32, ptr %v3, align 4
  ret i32 %v31
v7:                                                ; preds = %v26, %v2
  %v8 = load i32, ptr %v6, align 4
  %v9 = load i32, ptr %v5, align 4
  %v10 = icmp slt i32 %v8, %v9
  br i1 %v10, label %v11, label %v29
v25:                                               ; preds = %v11
  br label %v26
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @checksum(ptr noundef %v0, i32 noundef %v1) #0 {
v2:
  %v3 = alloca ptr, align 8
  %v4 = alloca i32, align 4
  %v5 = alloca i32, align 4
  %v6 = alloca i32, align 4
  store ptr %v0, ptr %v3, align 8
  store i32 %v1, ptr %v4, align 4
  store i32 0, ptr %v5, align 4
  store i32 0, ptr %v6, align 4
  br label %v7
v20:                                               ; preds = %v11
  %v21 = load i32, ptr %v6, align 4
  %v22 = add nsw i32 %v21, 1
  store i32 %v22, ptr %v6, align 4
  br label %v7, !llvm.loop !11
v7:                                                ; preds = %v20, %v2
  %v8 = load i32, ptr %v6, align 4
  %v9 = load i32, ptr %v4, align 4
  %v10 = icmp slt i32 %v8, %v9
  br i1 %v10, label %v11, label %v23
v11:                                               ; preds = %v7
  %v12 = load i32, ptr %v5, align 4
  %v13 = mul i32 %v12, 31
  %v14 = load ptr, ptr %v3, align 8
  %v15 = load i32, ptr %v6, align 4
  %v16 = sext i32 %v15 to i64
  %v17 = getelementptr inbounds i32, ptr %v14, i64 %v16
  %v18 = load i32, ptr %v17, align 4
  %v19 = add i32 %v13, %v18
  store i32 %v19, ptr %v5, align 4
  br label %v20
v23:                                               ; preds = %v7
  %v24 = load i32, ptr %v5, align 4
  ret i32 %v24
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @quick(ptr noundef %v0, i32 noundef %v1, i32 noundef %v2) #0 {
v3:
  %v4 = alloca ptr, align 8
  %v5 = alloca i32, align 4
  %v6 = alloca i32, align 4
  %v7 = alloca i32, align 4
  %v8 = alloca i32, align 4
  %v9 = alloca i32, align 4
  %v10 = alloca i32, align 4
  store ptr %v0, ptr %v4, align 8
  store i32 %v1, ptr %v5, align 4
  store i32 %v2, ptr %v6, align 4
  br label %v11
v31:                                               ; preds = %v39, %v30
  %v32 = load ptr, ptr %v4, align 8
  %v33 = load i32, ptr %v8, align 4
  %v34 = sext i32 %v33 to i64
  %v35 = getelementptr inbounds i32, ptr %v32, i64 %v34
  %v36 = load i32, ptr %v35, align 4
  %v37 = load i32, ptr %v7, align 4
  %v38 = icmp slt i32 %v36, %v37
  br i1 %v38, label %v39, label %v42
v26:                                               ; preds = %v82, %v15
  %v27 = load i32, ptr %v8, align 4
  %v28 = load i32, ptr %v9, align 4
  %v29 = icmp sle i32 %v27, %v28
  br i1 %v29, label %v30, label %v83
v82:                                               ; preds = %v58, %v54
  br label %v26, !llvm.loop !14
v15:                                               ; preds = %v11
  %v16 = load ptr, ptr %v4, align 8
  %v17 = load i32, ptr %v5, align 4
  %v18 = load i32, ptr %v6, align 4
  %v19 = add nsw i32 %v17, %v18
  %v20 = sdiv i32 %v19, 2
  %v21 = sext i32 %v20 to i64
  %v22 = getelementptr inbounds i32, ptr %v16, i64 %v21
  %v23 = load i32, ptr %v22, align 4
  store i32 %v23, ptr %v7, align 4
  %v24 = load i32, ptr %v5, align 4
  store i32 %v24, ptr %v8, align 4
  %v25 = load i32, ptr %v6, align 4
  store i32 %v25, ptr %v9, align 4
  br label %v26
v54:                                               ; preds = %v43
  %v55 = load i32, ptr %v8, align 4
  %v56 = load i32, ptr %v9, align 4
  %v57 = icmp sle i32 %v55, %v56
  br i1 %v57, label %v58, label %v82
v39:                                               ; preds = %v31
  %v40 = load i32, ptr %v8, align 4
  %v41 = add nsw i32 %v40, 1
  store i32 %v41, ptr %v8, align 4
  br label %v31, !llvm.loop !12
v43:                                               ; preds = %v51, %v42
  %v44 = load ptr, ptr %v4, align 8
  %v45 = load i32, ptr %v9, align 4
  %v46 = sext i32 %v45 to i64
  %v47 = getelementptr inbounds i32, ptr %v44, i64 %v46
  %v48 = load i32, ptr %v47, align 4
  %v49 = load i32, ptr %v7, align 4
  %v50 = icmp sgt i32 %v48, %v49
  br i1 %v50, label %v51, label %v54
v102:                                              ; preds = %v11
  ret void
v42:                                               ; preds = %v31
  br label %v43
v83:                                               ; preds = %v26
  %v84 = load i32, ptr %v9, align 4
  %v85 = load i32, ptr %v5, align 4
  %v86 = sub nsw i32 %v84, %v85
  %v87 = load i32, ptr %v6, align 4
  %v88 = load i32, ptr %v8, align 4
  %v89 = sub nsw i32 %v87, %v88
  %v90 = icmp slt i32 %v86, %v89
  br i1 %v90, label %v91, label %v96
v51:                                               ; preds = %v43
  %v52 = load i32, ptr %v9, align 4
  %v53 = add nsw i32 %v52, -1
  store i32 %v53, ptr %v9, align 4
  br label %v43, !llvm.loop !13
v101:                                              ; preds = %v96, %v91
  br label %v11, !llvm.loop !15
v91:                                               ; preds = %v83
  %v92 = load ptr, ptr %v4, align 8
  %v93 = load i32, ptr %v5, align 4
  %v94 = load i32, ptr %v9, align 4
  call void @quick(ptr noundef %v92, i32 noundef %v93, i32 noundef %v94)
  %v95 = load i32, ptr %v8, align 4
  store i32 %v95, ptr %v5, align 4
  br label %v101
v96:                                               ; preds = %v83
  %v97 = load ptr, ptr %v4, align 8
  %v98 = load i32, ptr %v8, align 4
  %v99 = load i32, ptr %v6, align 4
  call void @quick(ptr noundef %v97, i32 noundef %v98, i32 noundef %v99)
  %v100 = load i32, ptr %v9, align 4
  store i32 %v100, ptr %v6, align 4
  br label %v101
v11:                                               ; preds = %v101, %v3
  %v12 = load i32, ptr %v5, align 4
  %v13 = load i32, ptr %v6, align 4
  %v14 = icmp slt i32 %v12, %v13
  br i1 %v14, label %v15, label %v102
v58:                                               ; preds = %v54
  %v59 = load ptr, ptr %v4, align 8
  %v60 = load i32, ptr %v8, align 4
  %v61 = sext i32 %v60 to i64
  %v62 = getelementptr inbounds i32, ptr %v59, i64 %v61
  %v63 = load i32, ptr %v62, align 4
  store i32 %v63, ptr %v10, align 4
  %v64 = load ptr, ptr %v4, align 8
  %v65 = load i32, ptr %v9, align 4
  %v66 = sext i32 %v65 to i64
  %v67 = getelementptr inbounds i32, ptr %v64, i64 %v66
  %v68 = load i32, ptr %v67, align 4
  %v69 = load ptr, ptr %v4, align 8
  %v70 = load i32, ptr %v8, align 4
  %v71 = sext i32 %v70 to i64
  %v72 = getelementptr inbounds i32, ptr %v69, i64 %v71
  store i32 %v68, ptr %v72, align 4
  %v73 = load i32, ptr %v10, align 4
  %v74 = load ptr, ptr %v4, align 8
  %v75 = load i32, ptr %v9, align 4
  %v76 = sext i32 %v75 to i64
  %v77 = getelementptr inbounds i32, ptr %v74, i64 %v76
  store i32 %v73, ptr %v77, align 4
  %v78 = load i32, ptr %v8, align 4
  %v79 = add nsw i32 %v78, 1
  store i32 %v79, ptr %v8, align 4
  %v80 = load i32, ptr %v9, align 4
  %v81 = add nsw i32 %v80, -1
  store i32 %v81, ptr %v9, align 4
  br label %v82
v30:                                               ; preds = %v26
  br label %v31
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @merge_sort(ptr noundef %v0, ptr noundef %v1, i32 noundef %v2) #0 {
v3:
  %v4 = alloca ptr, align 8
  %v5 = alloca ptr, align 8
  %v6 = alloca i32, align 4
  %v7 = alloca i32, align 4
  %v8 = alloca i32, align 4
  %v9 = alloca i32, align 4
  %v10 = alloca i32, align 4
  store ptr %v0, ptr %v4, align 8
  store ptr %v1, ptr %v5, align 8
  store i32 %v2, ptr %v6, align 4
  %v11 = load i32, ptr %v6, align 4
  %v12 = icmp slt i32 %v11, 2
  br i1 %v12, label %v13, label %v14
v89:                                               ; preds = %v73
  br label %v90
v65:                                               ; preds = %v58, %v51
  %v66 = phi i32 [ %v57, %v51 ], [ %v64, %v58 ]
  %v67 = load ptr, ptr %v5, align 8
  %v68 = load i32, ptr %v10, align 4
  %v69 = add nsw i32 %v68, 1
  store i32 %v69, ptr %v10, align 4
  %v70 = sext i32 %v68 to i64
  %v71 = getelementptr inbounds i32, ptr %v67, i64 %v70
  store i32 %v66, ptr %v71, align 4
  br label %v29, !llvm.loop !16
v90:                                               ; preds = %v94, %v89
  %v91 = load i32, ptr %v9, align 4
  %v92 = load i32, ptr %v6, align 4
  %v93 = icmp slt i32 %v91, %v92
  br i1 %v93, label %v94, label %v106
v72:                                               ; preds = %v37
  br label %v73
v29:                                               ; preds = %v65, %v14
  %v30 = load i32, ptr %v8, align 4
  %v31 = load i32, ptr %v7, align 4
  %v32 = icmp slt i32 %v30, %v31
  br i1 %v32, label %v33, label %v37
v39:                                               ; preds = %v37
  %v40 = load ptr, ptr %v4, align 8
  %v41 = load i32, ptr %v8, align 4
  %v42 = sext i32 %v41 to i64
  %v43 = getelementptr inbounds i32, ptr %v40, i64 %v42
  %v44 = load i32, ptr %v43, align 4
  %v45 = load ptr, ptr %v4, align 8
  %v46 = load i32, ptr %v9, align 4
  %v47 = sext i32 %v46 to i64
  %v48 = getelementptr inbounds i32, ptr %v45, i64 %v47
  %v49 = load i32, ptr %v48, align 4
  %v50 = icmp sle i32 %v44, %v49
  br i1 %v50, label %v51, label %v58
v106:                                              ; preds = %v90
  %v107 = load ptr, ptr %v4, align 8
  %v108 = load ptr, ptr %v5, align 8
  %v109 = load i32, ptr %v6, align 4
  %v110 = sext i32 %v109 to i64
  %v111 = mul i64 %v110, 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %v107, ptr align 4 %v108, i64 %v111, i1 false)
  br label %v112
v14:                                               ; preds = %v3
  %v15 = load i32, ptr %v6, align 4
  %v16 = sdiv i32 %v15, 2
  store i32 %v16, ptr %v7, align 4
  %v17 = load ptr, ptr %v4, align 8
  %v18 = load ptr, ptr %v5, align 8
  %v19 = load i32, ptr %v7, align 4
  call void @merge_sort(ptr noundef %v17, ptr noundef %v18, i32 noundef %v19)
  %v20 = load ptr, ptr %v4, align 8
  %v21 = load i32, ptr %v7, align 4
  %v22 = sext i32 %v21 to i64
  %v23 = getelementptr inbounds i32, ptr %v20, i64 %v22
  %v24 = load ptr, ptr %v5, align 8
  %v25 = load i32, ptr %v6, align 4
  %v26 = load i32, ptr %v7, align 4
  %v27 = sub nsw i32 %v25, %v26
  call void @merge_sort(ptr noundef %v23, ptr noundef %v24, i32 noundef %v27)
  store i32 0, ptr %v8, align 4
  %v28 = load i32, ptr %v7, align 4
  store i32 %v28, ptr %v9, align 4
  store i32 0, ptr %v10, align 4
  br label %v29
v51:                                               ; preds = %v39
  %v52 = load ptr, ptr %v4, align 8
  %v53 = load i32, ptr %v8, align 4
  %v54 = add nsw i32 %v53, 1
  store i32 %v54, ptr %v8, align 4
  %v55 = sext i32 %v53 to i64
  %v56 = getelementptr inbounds i32, ptr %v52, i64 %v55
  %v57 = load i32, ptr %v56, align 4
  br label %v65
v13:                                               ; preds = %v3
  br label %v112
v37:                                               ; preds = %v33, %v29
  %v38 = phi i1 [ false, %v29 ], [ %v36, %v33 ]
  br i1 %v38, label %v39, label %v72
v112:                                              ; preds = %v106, %v13
  ret void
v94:                                               ; preds = %v90
  %v95 = load ptr, ptr %v4, align 8
  %v96 = load i32, ptr %v9, align 4
  %v97 = add nsw i32 %v96, 1
  store i32 %v97, ptr %v9, align 4
  %v98 = sext i32 %v96 to i64
  %v99 = getelementptr inbounds i32, ptr %v95, i64 %v98
  %v100 = load i32, ptr %v99, align 4
  %v101 = load ptr, ptr %v5, align 8
  %v102 = load i32, ptr %v10, align 4
  %v103 = add nsw i32 %v102, 1
  store i32 %v103, ptr %v10, align 4
  %v104 = sext i32 %v102 to i64
  %v105 = getelementptr inbounds i32, ptr %v101, i64 %v104
  store i32 %v100, ptr %v105, align 4
  br label %v90, !llvm.loop !18
v73:                                               ; preds = %v77, %v72
  %v74 = load i32, ptr %v8, align 4
  %v75 = load i32, ptr %v7, align 4
  %v76 = icmp slt i32 %v74, %v75
  br i1 %v76, label %v77, label %v89
v33:                                               ; preds = %v29
  %v34 = load i32, ptr %v9, align 4
  %v35 = load i32, ptr %v6, align 4
  %v36 = icmp slt i32 %v34, %v35
  br label %v37
v77:                                               ; preds = %v73
  %v78 = load ptr, ptr %v4, align 8
  %v79 = load i32, ptr %v8, align 4
  %v80 = add nsw i32 %v79, 1
  store i32 %v80, ptr %v8, align 4
  %v81 = sext i32 %v79 to i64
  %v82 = getelementptr inbounds i32, ptr %v78, i64 %v81
  %v83 = load i32, ptr %v82, align 4
  %v84 = load ptr, ptr %v5, align 8
  %v85 = load i32, ptr %v10, align 4
  %v86 = add nsw i32 %v85, 1
  store i32 %v86, ptr %v10, align 4
  %v87 = sext i32 %v85 to i64
  %v88 = getelementptr inbounds i32, ptr %v84, i64 %v87
  store i32 %v83, ptr %v88, align 4
  br label %v73, !llvm.loop !17
v58:                                               ; preds = %v39
  %v59 = load ptr, ptr %v4, align 8
  %v60 = load i32, ptr %v9, align 4
  %v61 = add nsw i32 %v60, 1
  store i32 %v61, ptr %v9, align 4
  %v62 = sext i32 %v60 to i64
  %v63 = getelementptr inbounds i32, ptr %v59, i64 %v62
  %v64 = load i32, ptr %v63, align 4
  br label %v65
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @heap_sort(ptr noundef %v0, i32 noundef %v1) #0 {
v2:
  %v3 = alloca ptr, align 8
  %v4 = alloca i32, align 4
  %v5 = alloca i32, align 4
  %v6 = alloca i32, align 4
  %v7 = alloca i32, align 4
  store ptr %v0, ptr %v3, align 8
  store i32 %v1, ptr %v4, align 4
  %v8 = load i32, ptr %v4, align 4
  %v9 = sdiv i32 %v8, 2
  %v10 = sub nsw i32 %v9, 1
  store i32 %v10, ptr %v5, align 4
  br label %v11
v11:                                               ; preds = %v18, %v2
  %v12 = load i32, ptr %v5, align 4
  %v13 = icmp sge i32 %v12, 0
  br i1 %v13, label %v14, label %v21
v21:                                               ; preds = %v11
  %v22 = load i32, ptr %v4, align 4
  %v23 = sub nsw i32 %v22, 1
  store i32 %v23, ptr %v6, align 4
  br label %v24
v48:                                               ; preds = %v24
  ret void
v18:                                               ; preds = %v14
  %v19 = load i32, ptr %v5, align 4
  %v20 = add nsw i32 %v19, -1
  store i32 %v20, ptr %v5, align 4
  br label %v11, !llvm.loop !19
v14:                                               ; preds = %v11
  %v15 = load ptr, ptr %v3, align 8
  %v16 = load i32, ptr %v5, align 4
  %v17 = load i32, ptr %v4, align 4
  call void @sift(ptr noundef %v15, i32 noundef %v16, i32 noundef %v17)
  br label %v18
v27:                                               ; preds = %v24
  %v28 = load ptr, ptr %v3, align 8
  %v29 = getelementptr inbounds i32, ptr %v28, i64 0
  %v30 = load i32, ptr %v29, align 4
  store i32 %v30, ptr %v7, align 4
  %v31 = load ptr, ptr %v3, align 8
  %v32 = load i32, ptr %v6, align 4
  %v33 = sext i32 %v32 to i64
  %v34 = getelementptr inbounds i32, ptr %v31, i64 %v33
  %v35 = load i32, ptr %v34, align 4
  %v36 = load ptr, ptr %v3, align 8
  %v37 = getelementptr inbounds i32, ptr %v36, i64 0
  store i32 %v35, ptr %v37, align 4
  %v38 = load i32, ptr %v7, align 4
  %v39 = load ptr, ptr %v3, align 8
  %v40 = load i32, ptr %v6, align 4
  %v41 = sext i32 %v40 to i64
  %v42 = getelementptr inbounds i32, ptr %v39, i64 %v41
  store i32 %v38, ptr %v42, align 4
  %v43 = load ptr, ptr %v3, align 8
  %v44 = load i32, ptr %v6, align 4
  call void @sift(ptr noundef %v43, i32 noundef 0, i32 noundef %v44)
  br label %v45
v24:                                               ; preds = %v45, %v21
  %v25 = load i32, ptr %v6, align 4
  %v26 = icmp sgt i32 %v25, 0
  br i1 %v26, label %v27, label %v48
v45:                                               ; preds = %v27
  %v46 = load i32, ptr %v6, align 4
  %v47 = add nsw i32 %v46, -1
  store i32 %v47, ptr %v6, align 4
  br label %v24, !llvm.loop !20
}

; Function Attrs: nounwind
declare void @free(ptr noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @sift(ptr noundef %v0, i32 noundef %v1, i32 noundef %v2) #0 {
v3:
  %v4 = alloca ptr, align 8
  %v5 = alloca i32, align 4
  %v6 = alloca i32, align 4
  %v7 = alloca i32, align 4
  %v8 = alloca i32, align 4
  %v9 = alloca i32, align 4
  store ptr %v0, ptr %v4, align 8
  store i32 %v1, ptr %v5, align 4
  store i32 %v2, ptr %v6, align 4
  br label %v10
v50:                                               ; preds = %v37
  %v51 = load i32, ptr %v7, align 4
  %v52 = add nsw i32 %v51, 1
  store i32 %v52, ptr %v8, align 4
  br label %v53
v57:                                               ; preds = %v53
  ret void
v30:                                               ; preds = %v18
  %v31 = load i32, ptr %v7, align 4
  store i32 %v31, ptr %v8, align 4
  br label %v32
v18:                                               ; preds = %v10
  %v19 = load ptr, ptr %v4, align 8
  %v20 = load i32, ptr %v7, align 4
  %v21 = sext i32 %v20 to i64
  %v22 = getelementptr inbounds i32, ptr %v19, i64 %v21
  %v23 = load i32, ptr %v22, align 4
  %v24 = load ptr, ptr %v4, align 8
  %v25 = load i32, ptr %v8, align 4
  %v26 = sext i32 %v25 to i64
  %v27 = getelementptr inbounds i32, ptr %v24, i64 %v26
  %v28 = load i32, ptr %v27, align 4
  %v29 = icmp sgt i32 %v23, %v28
  br i1 %v29, label %v30, label %v32
v32:                                               ; preds = %v30, %v18, %v10
  %v33 = load i32, ptr %v7, align 4
  %v34 = add nsw i32 %v33, 1
  %v35 = load i32, ptr %v6, align 4
  %v36 = icmp slt i32 %v34, %v35
  br i1 %v36, label %v37, label %v53
v10:                                               ; preds = %v58, %v3
  %v11 = load i32, ptr %v5, align 4
  %v12 = mul nsw i32 2, %v11
  %v13 = add nsw i32 %v12, 1
  store i32 %v13, ptr %v7, align 4
  %v14 = load i32, ptr %v5, align 4
  store i32 %v14, ptr %v8, align 4
  %v15 = load i32, ptr %v7, align 4
  %v16 = load i32, ptr %v6, align 4
  %v17 = icmp slt i32 %v15, %v16
  br i1 %v17, label %v18, label %v32
v37:                                               ; preds = %v32
  %v38 = load ptr, ptr %v4, align 8
  %v39 = load i32, ptr %v7, align 4
  %v40 = add nsw i32 %v39, 1
  %v41 = sext i32 %v40 to i64
  %v42 = getelementptr inbounds i32, ptr %v38, i64 %v41
  %v43 = load i32, ptr %v42, align 4
  %v44 = load ptr, ptr %v4, align 8
  %v45 = load i32, ptr %v8, align 4
  %v46 = sext i32 %v45 to i64
  %v47 = getelementptr inbounds i32, ptr %v44, i64 %v46
  %v48 = load i32, ptr %v47, align 4
  %v49 = icmp sgt i32 %v43, %v48
  br i1 %v49, label %v50, label %v53
v53:                                               ; preds = %v50, %v37, %v32
  %v54 = load i32, ptr %v8, align 4
  %v55 = load i32, ptr %v5, align 4
  %v56 = icmp eq i32 %v54, %v55
  br i1 %v56, label %v57, label %v58
v58:                                               ; preds = %v53
  %v59 = load ptr, ptr %v4, align 8
  %v60 = load i32, ptr %v5, align 4
  %v61 = sext i32 %v60 to i64
  %v62 = getelementptr inbounds i32, ptr %v59, i64 %v61
  %v63 = load i32, ptr %v62, align 4
  store i32 %v63, ptr %v9, align 4
  %v64 = load ptr, ptr %v4, align 8
  %v65 = load i32, ptr %v8, align 4
  %v66 = sext i32 %v65 to i64
  %v67 = getelementptr inbounds i32, ptr %v64, i64 %v66
  %v68 = load i32, ptr %v67, align 4
  %v69 = load ptr, ptr %v4, align 8
  %v70 = load i32, ptr %v5, align 4
  %v71 = sext i32 %v70 to i64
  %v72 = getelementptr inbounds i32, ptr %v69, i64 %v71
  store i32 %v68, ptr %v72, align 4
  %v73 = load i32, ptr %v9, align 4
  %v74 = load ptr, ptr %v4, align 8
  %v75 = load i32, ptr %v8, align 4
  %v76 = sext i32 %v75 to i64
  %v77 = getelementptr inbounds i32, ptr %v74, i64 %v76
  store i32 %v73, ptr %v77, align 4
  %v78 = load i32, ptr %v8, align 4
  store i32 %v78, ptr %v5, align 4
  br label %v10
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
