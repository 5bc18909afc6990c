; ModuleID = 'nested_structs.c'
source_filename = "nested_structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Grid = type { [4 x %struct.Row], i64, ptr }
%struct.Row = type { [3 x %struct.Cell], i32 }
%struct.Cell = type { i16, i8 }
%struct.Pair = type { %struct.Grid, [2 x %struct.Row] }

@.str = private unnamed_addr constant [15 x i8] c"%s %lld %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"%s %lld %d %c\0A\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"(null)\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"%d %d %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"pair\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"second\00", align 1
@table = internal global <{ %struct.Grid, { <{ %struct.Row, %struct.Row, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 }, %struct.Row }>, i64, ptr } }> <{ %struct.Grid zeroinitializer, { <{ %struct.Row, %struct.Row, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 }, %struct.Row }>, i64, ptr } { <{ %struct.Row, %struct.Row, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 }, %struct.Row }> <{ %struct.Row zeroinitializer, %struct.Row zeroinitializer, { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }>, i32 } { <{ { i16, i8, i8 }, { i16, i8, i8 }, %struct.Cell }> <{ { i16, i8, i8 } { i16 7, i8 120, i8 0 }, { i16, i8, i8 } { i16 -3, i8 121, i8 0 }, %struct.Cell zeroinitializer }>, i32 4 }, %struct.Row zeroinitializer }>, i64 0, ptr @.str.5 } }>, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
v0:
  %v1 = alloca i32, align 4
  %v2 = alloca %struct.Pair, align 8
  %v3 = alloca i32, align 4
  %v4 = alloca %struct.Grid, align 8
  store i32 0, ptr %v1, align 4
  call void @pair_make(ptr dead_on_unwind writable sret(%struct.Pair) align 8 %v2, i32 noundef 3)
  %v5 = getelementptr inbounds nuw %struct.Pair, ptr %v2, i32 0, i32 0
  %v6 = getelementptr inbounds nuw %struct.Grid, ptr %v5, i32 0, i32 2
  %v7 = load ptr, ptr %v6, align 8
  %v8 = getelementptr inbounds nuw %struct.Pair, ptr %v2, i32 0, i32 0
  %v9 = getelementptr inbounds nuw %struct.Grid, ptr %v8, i32 0, i32 1
  %v10 = load i64, ptr %v9, align 8
  %v11 = getelementptr inbounds nuw %struct.Pair, ptr %v2, i32 0, i32 1
  %v12 = getelementptr inbounds [2 x %struct.Row], ptr %v11, i64 0, i64 0
  %v13 = getelementptr inbounds nuw %struct.Row, ptr %v12, i32 0, i32 1
  %v14 = load i32, ptr %v13, align 4
  %v15 = getelementptr inbounds nuw %struct.Pair, ptr %v2, i32 0, i32 1
  %v16 = getelementptr inbounds [2 x %struct.Row], ptr %v15, i64 0, i64 1
  %v17 = getelementptr inbounds nuw %struct.Row, ptr %v16, i32 0, i32 0
  %v18 = getelementptr inbounds [3 x %struct.Cell], ptr %v17, i64 0, i64 2
  %v19 = getelementptr inbounds nuw %struct.Cell, ptr %v18, i32 0, i32 0
  %v20 = load i16, ptr %v19, align 8
  %v21 = sext i16 %v20 to i32
  %v22 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %v7, i64 noundef %v10, i32 noundef %v14, i32 noundef %v21)
  %v23 = getelementptr inbounds nuw %struct.Pair, ptr %v2, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 @table, ptr align 8 %v23, i64 80, i1 false)
  %v24 = load i16, ptr getelementptr inbounds ([4 x %struct.Row], ptr @table, i64 0, i64 1), align 16
  %v25 = sext i16 %v24 to i32
  %v26 = add nsw i32 %v25, 100
  %v27 = trunc i32 %v26 to i16
  store i16 %v27, ptr getelementptr inbounds ([4 x %struct.Row], ptr @table, i64 0, i64 1), align 16
  store i32 0, ptr %v3, align 4
  br label %v28
v80:                                               ; preds = %v45
  br label %v81
v84:                                               ; preds = %v81
  %v85 = load i32, ptr %v3, align 4
  %v86 = add nsw i32 %v85, 1
  store i32 %v86, ptr %v3, align 4
  br label %v28, !llvm.loop !6
v87:                                               ; preds = %v28
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %v4, ptr align 16 getelementptr inbounds ([2 x %struct.Grid], ptr @table, i64 0, i64 1), i64 80, i1 false)
  %v88 = getelementptr inbounds nuw %struct.Grid, ptr %v4, i32 0, i32 0
  %v89 = getelementptr inbounds [4 x %struct.Row], ptr %v88, i64 0, i64 2
  %v90 = getelementptr inbounds nuw %struct.Row, ptr %v89, i32 0, i32 0
  %v91 = getelementptr inbounds [3 x %struct.Cell], ptr %v90, i64 0, i64 1
  %v92 = getelementptr inbounds nuw %struct.Cell, ptr %v91, i32 0, i32 0
  %v93 = load i16, ptr %v92, align 4
  %v94 = sext i16 %v93 to i32
  %v95 = mul nsw i32 %v94, 5
  %v96 = trunc i32 %v95 to i16
  store i16 %v96, ptr %v92, align 4
  %v97 = load i16, ptr getelementptr inbounds ([3 x %struct.Cell], ptr getelementptr inbounds ([4 x %struct.Row], ptr getelementptr inbounds ([2 x %struct.Grid], ptr @table, i64 0, i64 1), i64 0, i64 2), i64 0, i64 1), align 4
  %v98 = sext i16 %v97 to i32
  %v99 = getelementptr inbounds nuw %struct.Grid, ptr %v4, i32 0, i32 0
  %v100 = getelementptr inbounds [4 x %struct.Row], ptr %v99, i64 0, i64 2
  %v101 = getelementptr inbounds nuw %struct.Row, ptr %v100, i32 0, i32 0
  %v102 = getelementptr inbounds [3 x %struct.Cell], ptr %v101, i64 0, i64 1
  %v103 = getelementptr inbounds nuw %struct.Cell, ptr %v102, i32 0, i32 0
  %v104 = load i16, ptr %v103, align 4
  %v105 = sext i16 %v104 to i32
  %v106 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %v4)
  %v107 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 getelementptr inbounds ([2 x %struct.Grid], ptr @table, i64 0, i64 1))
  %v108 = sub nsw i64 %v106, %v107
  %v109 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %v98, i32 noundef %v105, i64 noundef %v108)
  %v110 = getelementptr inbounds nuw %struct.Pair, ptr %v2, i32 0, i32 0
  %v111 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %v110)
  %v112 = and i64 %v111, 15
  %v113 = trunc i64 %v112 to i32
  ret i32 %v113
v81:                                               ; preds = %v80, %v69
  %v82 = phi i32 [ %v79, %v69 ], [ 45, %v80 ]
  %v83 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %v46, i64 noundef %v50, i32 noundef %v57, i32 noundef %v82)
  br label %v84
v69:                                               ; preds = %v45
  %v70 = load i32, ptr %v3, align 4
  %v71 = sext i32 %v70 to i64
  %v72 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %v71
  %v73 = getelementptr inbounds nuw %struct.Grid, ptr %v72, i32 0, i32 0
  %v74 = getelementptr inbounds [4 x %struct.Row], ptr %v73, i64 0, i64 2
  %v75 = getelementptr inbounds nuw %struct.Row, ptr %v74, i32 0, i32 0
  %v76 = getelementptr inbounds [3 x %struct.Cell], ptr %v75, i64 0, i64 0
  %v77 = getelementptr inbounds nuw %struct.Cell, ptr %v76, i32 0, i32 1
  %v78 = load i8, ptr %v77, align 2
  %v79 = sext i8 %v78 to i32
  br label %v81
v44:                                               ; preds = %v31
  br label %v45
v28:                                               ; preds = %v84, %v0
  %v29 = load i32, ptr %v3, align 4
  %v30 = icmp slt i32 %v29, 2
  br i1 %v30, label %v31, label %v87
v45:                                               ; preds = %v44, %v38
  %v46 = phi ptr [ %v43, %v38 ], [ @.str.2, %v44 ]
  %v47 = load i32, ptr %v3, align 4
  %v48 = sext i32 %v47 to i64
  %v49 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %v48
  %v50 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %v49)
  %v51 = load i32, ptr %v3, align 4
  %v52 = sext i32 %v51 to i64
  %v53 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %v52
  %v54 = getelementptr inbounds nuw %struct.Grid, ptr %v53, i32 0, i32 0
  %v55 = getelementptr inbounds [4 x %struct.Row], ptr %v54, i64 0, i64 2
  %v56 = getelementptr inbounds nuw %struct.Row, ptr %v55, i32 0, i32 1
  %v57 = load i32, ptr %v56, align 4
  %v58 = load i32, ptr %v3, align 4
  %v59 = sext i32 %v58 to i64
  %v60 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %v59
  %v61 = getelementptr inbounds nuw %struct.Grid, ptr %v60, i32 0, i32 0
  %v62 = getelementptr inbounds [4 x %struct.Row], ptr %v61, i64 0, i64 2
  %v63 = getelementptr inbounds nuw %struct.Row, ptr %v62, i32 0, i32 0
  %v64 = getelementptr inbounds [3 x %struct.Cell], ptr %v63, i64 0, i64 0
  %v65 = getelementptr inbounds nuw %struct.Cell, ptr %v64, i32 0, i32 1
  %v66 = load i8, ptr %v65, align 2
  %v67 = sext i8 %v66 to i32
  %v68 = icmp ne i32 %v67, 0
  br i1 %v68, label %v69, label %v80
v31:                                               ; preds = %v28
  %v32 = load i32, ptr %v3, align 4
  %v33 = sext i32 %v32 to i64
  %v34 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %v33
  %v35 = getelementptr inbounds nuw %struct.Grid, ptr %v34, i32 0, i32 2
  %v36 = load ptr, ptr %v35, align 8
  %v37 = icmp ne ptr %v36, null
  br i1 %v37, label %v38, label %v44
v38:                                               ; preds = %v31
  %v39 = load i32, ptr %v3, align 4
  %v40 = sext i32 %v39 to i64
  %v41 = getelementptr inbounds [2 x %struct.Grid], ptr @table, i64 0, i64 %v40
  %v42 = getelementptr inbounds nuw %struct.Grid, ptr %v41, i32 0, i32 2
  %v43 = load ptr, ptr %v42, align 8
  br label %v45
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @pair_make(ptr dead_on_unwind noalias writable sret(%struct.Pair) align 8 %v0, i32 noundef %v1) #0 {
v2:
  %v3 = alloca i32, align 4
  %v4 = alloca i32, align 4
  %v5 = alloca %struct.Row, align 4
  %v6 = alloca %struct.Row, align 4
  store i32 %v1, ptr %v3, align 4
  store i32 0, ptr %v4, align 4
  br label %v7
v24:                                               ; preds = %v10
  %v25 = load i32, ptr %v4, align 4
  %v26 = add nsw i32 %v25, 1
  store i32 %v26, ptr %v4, align 4
  br label %v7, !llvm.loop !8
v27:                                               ; preds = %v7
  %v28 = getelementptr inbounds nuw %struct.Pair, ptr %v0, i32 0, i32 0
  %v29 = call i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %v28)
  %v30 = getelementptr inbounds nuw %struct.Pair, ptr %v0, i32 0, i32 0
  %v31 = getelementptr inbounds nuw %struct.Grid, ptr %v30, i32 0, i32 1
  store i64 %v29, ptr %v31, align 8
  %v32 = getelementptr inbounds nuw %struct.Pair, ptr %v0, i32 0, i32 0
  %v33 = getelementptr inbounds nuw %struct.Grid, ptr %v32, i32 0, i32 2
  store ptr @.str.4, ptr %v33, align 8
  %v34 = getelementptr inbounds nuw %struct.Pair, ptr %v0, i32 0, i32 1
  %v35 = getelementptr inbounds [2 x %struct.Row], ptr %v34, i64 0, i64 0
  %v36 = load i32, ptr %v3, align 4
  %v37 = mul nsw i32 %v36, 2
  %v38 = call { i64, i64 } @row_make(i32 noundef %v37)
  %v39 = getelementptr inbounds nuw { i64, i64 }, ptr %v6, i32 0, i32 0
  %v40 = extractvalue { i64, i64 } %v38, 0
  store i64 %v40, ptr %v39, align 4
  %v41 = getelementptr inbounds nuw { i64, i64 }, ptr %v6, i32 0, i32 1
  %v42 = extractvalue { i64, i64 } %v38, 1
  store i64 %v42, ptr %v41, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %v35, ptr align 4 %v6, i64 16, i1 false)
  %v43 = getelementptr inbounds nuw %struct.Pair, ptr %v0, i32 0, i32 1
  %v44 = getelementptr inbounds [2 x %struct.Row], ptr %v43, i64 0, i64 1
  %v45 = getelementptr inbounds nuw %struct.Pair, ptr %v0, i32 0, i32 0
  %v46 = getelementptr inbounds nuw %struct.Grid, ptr %v45, i32 0, i32 0
  %v47 = getelementptr inbounds [4 x %struct.Row], ptr %v46, i64 0, i64 3
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %v44, ptr align 8 %v47, i64 16, i1 false)
  ret void
v7:                                                ; preds = %v24, %v2
  %v8 = load i32, ptr %v4, align 4
  %v9 = icmp slt i32 %v8, 4
  br i1 %v9, label %v10, label %v27
v10:                                               ; preds = %v7
  %v11 = getelementptr inbounds nuw %struct.Pair, ptr %v0, i32 0, i32 0
  %v12 = getelementptr inbounds nuw %struct.Grid, ptr %v11, i32 0, i32 0
  %v13 = load i32, ptr %v4, align 4
  %v14 = sext i32 %v13 to i64
  %v15 = getelementptr inbounds [4 x %struct.Row], ptr %v12, i64 0, i64 %v14
  %v16 = load i32, ptr %v3, align 4
  %v17 = load i32, ptr %v4, align 4
  %v18 = add nsw i32 %v16, %v17
  %v19 = call { i64, i64 } @row_make(i32 noundef %v18)
  %v20 = getelementptr inbounds nuw { i64, i64 }, ptr %v5, i32 0, i32 0
  %v21 = extractvalue { i64, i64 } %v19, 0
  store i64 %v21, ptr %v20, align 4
  %v22 = getelementptr inbounds nuw { i64, i64 }, ptr %v5, i32 0, i32 1
  %v23 = extractvalue { i64, i64 } %v19, 1
  store i64 %v23, ptr %v22, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %v15, ptr align 4 %v5, i64 16, i1 false)
  br label %v24
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @grid_sum(ptr noundef byval(%struct.Grid) align 8 %v0) #0 {
v1:
  %v2 = alloca i64, align 8
  %v3 = alloca i32, align 4
  %v4 = alloca i32, align 4
  store i64 0, ptr %v2, align 8
  store i32 0, ptr %v3, align 4
  br label %v5
v39:                                               ; preds = %v12
  %v40 = load i32, ptr %v4, align 4
  %v41 = add nsw i32 %v40, 1
  store i32 %v41, ptr %v4, align 4
  br label %v9, !llvm.loop !9
v8:                                                ; preds = %v5
  store i32 0, ptr %v4, align 4
  br label %v9
v9:                                                ; preds = %v39, %v8
  %v10 = load i32, ptr %v4, align 4
  %v11 = icmp slt i32 %v10, 3
  br i1 %v11, label %v12, label %v42
v46:                                               ; preds = %v5
  %v47 = load i64, ptr %v2, align 8
  ret i64 %v47
v42:                                               ; preds = %v9
  br label %v43
v12:                                               ; preds = %v9
  %v13 = load i64, ptr %v2, align 8
  %v14 = mul nsw i64 %v13, 31
  %v15 = getelementptr inbounds nuw %struct.Grid, ptr %v0, i32 0, i32 0
  %v16 = load i32, ptr %v3, align 4
  %v17 = sext i32 %v16 to i64
  %v18 = getelementptr inbounds [4 x %struct.Row], ptr %v15, i64 0, i64 %v17
  %v19 = getelementptr inbounds nuw %struct.Row, ptr %v18, i32 0, i32 0
  %v20 = load i32, ptr %v4, align 4
  %v21 = sext i32 %v20 to i64
  %v22 = getelementptr inbounds [3 x %struct.Cell], ptr %v19, i64 0, i64 %v21
  %v23 = getelementptr inbounds nuw %struct.Cell, ptr %v22, i32 0, i32 0
  %v24 = load i16, ptr %v23, align 4
  %v25 = sext i16 %v24 to i64
  %v26 = add nsw i64 %v14, %v25
  %v27 = getelementptr inbounds nuw %struct.Grid, ptr %v0, i32 0, i32 0
  %v28 = load i32, ptr %v3, align 4
  %v29 = sext i32 %v28 to i64
  %v30 = getelementptr inbounds [4 x %struct.Row], ptr %v27, i64 0, i64 %v29
  %v31 = getelementptr inbounds nuw %struct.Row, ptr %v30, i32 0, i32 0
  %v32 = load i32, ptr %v4, align 4
  %v33 = sext i32 %v32 to i64
  %v34 = getelementptr inbounds [3 x %struct.Cell], ptr %v31, i64 0, i64 %v33
  %v35 = getelementptr inbounds nuw %struct.Cell, ptr %v34, i32 0, i32 1
  %v36 = load i8, ptr %v35, align 2
  %v37 = sext i8 %v36 to i64
  %v38 = add nsw i64 %v26, %v37
  store i64 %v38, ptr %v2, align 8
  br label %v39
v43:                                               ; preds = %v42
  %v44 = load i32, ptr %v3, align 4
  %v45 = add nsw i32 %v44, 1
  store i32 %v45, ptr %v3, align 4
  br label %v5, !llvm.loop !10
v5:                                                ; preds = %v43, %v1
  %v6 = load i32, ptr %v3, align 4
  %v7 = icmp slt i32 %v6, 4
  br i1 %v7, label %v8, label %v46
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { i64, i64 } @row_make(i32 noundef %v0) #0 {
v1:
  %v2 = alloca %struct.Row, align 4
  %v3 = alloca i32, align 4
  %v4 = alloca i32, align 4
  store i32 %v0, ptr %v3, align 4
  %v5 = getelementptr inbounds nuw %struct.Row, ptr %v2, i32 0, i32 1
  store i32 0, ptr %v5, align 4
  store i32 0, ptr %v4, align 4
  br label %v6
v9:                                                ; preds = %v6
  %v10 = load i32, ptr %v3, align 4
  %v11 = load i32, ptr %v4, align 4
  %v12 = add nsw i32 %v11, 1
  %v13 = mul nsw i32 %v10, %v12
  %v14 = sub nsw i32 %v13, 5
  %v15 = trunc i32 %v14 to i16
  %v16 = getelementptr inbounds nuw %struct.Row, ptr %v2, i32 0, i32 0
  %v17 = load i32, ptr %v4, align 4
  %v18 = sext i32 %v17 to i64
  %v19 = getelementptr inbounds [3 x %struct.Cell], ptr %v16, i64 0, i64 %v18
  %v20 = getelementptr inbounds nuw %struct.Cell, ptr %v19, i32 0, i32 0
  store i16 %v15, ptr %v20, align 4
  %v21 = load i32, ptr %v3, align 4
  %v22 = load i32, ptr %v4, align 4
  %v23 = add nsw i32 %v21, %v22
  %v24 = srem i32 %v23, 26
  %v25 = add nsw i32 97, %v24
  %v26 = trunc i32 %v25 to i8
  %v27 = getelementptr inbounds nuw %struct.Row, ptr %v2, i32 0, i32 0
  %v28 = load i32, ptr %v4, align 4
  %v29 = sext i32 %v28 to i64
  %v30 = getelementptr inbounds [3 x %struct.Cell], ptr %v27, i64 0, i64 %v29
  %v31 = getelementptr inbounds nuw %struct.Cell, ptr %v30, i32 0, i32 1
  store i8 %v26, ptr %v31, align 2
  %v32 = getelementptr inbounds nuw %struct.Row, ptr %v2, i32 0, i32 0
  %v33 = load i32, ptr %v4, align 4
  %v34 = sext i32 %v33 to i64
  %v35 = getelementptr inbounds [3 x %struct.Cell], ptr %v32, i64 0, i64 %v34
  %v36 = getelementptr inbounds nuw %struct.Cell, ptr %v35, i32 0, i32 0
  %v37 = load i16, ptr %v36, align 4
  %v38 = sext i16 %v37 to i32
  %v39 = getelementptr inbounds nuw %struct.Row, ptr %v2, i32 0, i32 1
  %v40 = load i32, ptr %v39, align 4
  %v41 = add nsw i32 %v40, %v38
  store i32 %v41, ptr %v39, align 4
  br label %v42
v6:                                                ; preds = %v42, %v1
  %v7 = load i32, ptr %v4, align 4
  %v8 = icmp slt i32 %v7, 3
  br i1 %v8, label %v9, label %v45
v45:                                               ; preds = %v6
  %v46 = load { i64, i64 }, ptr %v2, align 4
  ret { i64, i64 } %v46
v42:                                               ; preds = %v9
  %v43 = load i32, ptr %v4, align 4
  %v44 = add nsw i32 %v43, 1
  store i32 %v44, ptr %v4, align 4
  br label %v6, !llvm.loop !11
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
