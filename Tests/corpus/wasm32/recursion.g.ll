; ModuleID = 'recursion.c'
source_filename = "recursion.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [11 x i8] c"fib %d %d\0A\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [11 x i8] c"ack %u %u\0A\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [15 x i8] c"gcd %lld %lld\0A\00", align 1, !dbg !9
@.str.3 = private unnamed_addr constant [10 x i8] c"hanoi %d\0A\00", align 1, !dbg !14
@moves = internal global i32 0, align 4, !dbg !19
@.str.4 = private unnamed_addr constant [19 x i8] c"even %d %d odd %d\0A\00", align 1, !dbg !23
@.str.5 = private unnamed_addr constant [15 x i8] c"eval %d %d %d\0A\00", align 1, !dbg !28
@.str.6 = private unnamed_addr constant [6 x i8] c"1+2*3\00", align 1, !dbg !30
@.str.7 = private unnamed_addr constant [12 x i8] c"(1+2)*3-4/2\00", align 1, !dbg !35
@.str.8 = private unnamed_addr constant [21 x i8] c"-(7*(2+3))+100/(3+2)\00", align 1, !dbg !40
@__const.main.a = private unnamed_addr constant [6 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5, i32 6], align 16
@.str.9 = private unnamed_addr constant [14 x i8] c"perm %d %lld\0A\00", align 1, !dbg !45
@perm_count = internal global i32 0, align 4, !dbg !50
@src = internal global ptr null, align 4, !dbg !53

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 !dbg !61 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x i32], align 16
  %3 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  %4 = call i32 @fib(i32 noundef 20), !dbg !65
  %5 = call i32 @fib(i32 noundef 24), !dbg !66
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %4, i32 noundef %5), !dbg !67
  %7 = call i32 @ack(i32 noundef 2, i32 noundef 3), !dbg !68
  %8 = call i32 @ack(i32 noundef 3, i32 noundef 4), !dbg !69
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %7, i32 noundef %8), !dbg !70
  %10 = call i64 @gcd(i64 noundef 1071, i64 noundef 462), !dbg !71
  %11 = call i64 @gcd(i64 noundef 9223372036854775806, i64 noundef 6148914691236517204), !dbg !72
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %10, i64 noundef %11), !dbg !73
  call void @hanoi(i32 noundef 12, i32 noundef 1, i32 noundef 3, i32 noundef 2), !dbg !74
  %13 = load i32, ptr @moves, align 4, !dbg !75
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %13), !dbg !76
  %15 = call i32 @is_even(i32 noundef 1000), !dbg !77
  %16 = call i32 @is_even(i32 noundef 777), !dbg !78
  %17 = call i32 @is_odd(i32 noundef 333), !dbg !79
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %15, i32 noundef %16, i32 noundef %17), !dbg !80
  %19 = call i32 @eval(ptr noundef @.str.6), !dbg !81
  %20 = call i32 @eval(ptr noundef @.str.7), !dbg !82
  %21 = call i32 @eval(ptr noundef @.str.8), !dbg !83
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %19, i32 noundef %20, i32 noundef %21), !dbg !84
    #dbg_declare(ptr %2, !85, !DIExpression(), !87)
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %2, ptr align 16 @__const.main.a, i32 24, i1 false), !dbg !87
    #dbg_declare(ptr %3, !88, !DIExpression(), !90)
  store i64 0, ptr %3, align 8, !dbg !90
  %23 = getelementptr inbounds [6 x i32], ptr %2, i32 0, i32 0, !dbg !91
  call void @permute(ptr noundef %23, i32 noundef 0, i32 noundef 6, ptr noundef %3), !dbg !92
  %24 = load i32, ptr @perm_count, align 4, !dbg !93
  %25 = load i64, ptr %3, align 8, !dbg !94
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %24, i64 noundef %25), !dbg !95
  %27 = call i32 @fib(i32 noundef 10), !dbg !96
  %28 = srem i32 %27, 50, !dbg !97
  ret i32 %28, !dbg !98
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @fib(i32 noundef %0) #0 !dbg !99 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !102, !DIExpression(), !103)
  %3 = load i32, ptr %2, align 4, !dbg !104
  %4 = icmp slt i32 %3, 2, !dbg !105
  br i1 %4, label %5, label %7, !dbg !104

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4, !dbg !106
  br label %15, !dbg !104

7:                                                ; preds = %1
  %8 = load i32, ptr %2, align 4, !dbg !107
  %9 = sub nsw i32 %8, 1, !dbg !108
  %10 = call i32 @fib(i32 noundef %9), !dbg !109
  %11 = load i32, ptr %2, align 4, !dbg !110
  %12 = sub nsw i32 %11, 2, !dbg !111
  %13 = call i32 @fib(i32 noundef %12), !dbg !112
  %14 = add nsw i32 %10, %13, !dbg !113
  br label %15, !dbg !104

15:                                               ; preds = %7, %5
  %16 = phi i32 [ %6, %5 ], [ %14, %7 ], !dbg !104
  ret i32 %16, !dbg !114
}

; Function Attrs: noinline nounwind optnone
define internal i32 @ack(i32 noundef %0, i32 noundef %1) #0 !dbg !115 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !119, !DIExpression(), !120)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !121, !DIExpression(), !122)
  %6 = load i32, ptr %4, align 4, !dbg !123
  %7 = icmp eq i32 %6, 0, !dbg !125
  br i1 %7, label %8, label %11, !dbg !125

8:                                                ; preds = %2
  %9 = load i32, ptr %5, align 4, !dbg !126
  %10 = add i32 %9, 1, !dbg !127
  store i32 %10, ptr %3, align 4, !dbg !128
  br label %26, !dbg !128

11:                                               ; preds = %2
  %12 = load i32, ptr %5, align 4, !dbg !129
  %13 = icmp eq i32 %12, 0, !dbg !131
  br i1 %13, label %14, label %18, !dbg !131

14:                                               ; preds = %11
  %15 = load i32, ptr %4, align 4, !dbg !132
  %16 = sub i32 %15, 1, !dbg !133
  %17 = call i32 @ack(i32 noundef %16, i32 noundef 1), !dbg !134
  store i32 %17, ptr %3, align 4, !dbg !135
  br label %26, !dbg !135

18:                                               ; preds = %11
  %19 = load i32, ptr %4, align 4, !dbg !136
  %20 = sub i32 %19, 1, !dbg !137
  %21 = load i32, ptr %4, align 4, !dbg !138
  %22 = load i32, ptr %5, align 4, !dbg !139
  %23 = sub i32 %22, 1, !dbg !140
  %24 = call i32 @ack(i32 noundef %21, i32 noundef %23), !dbg !141
  %25 = call i32 @ack(i32 noundef %20, i32 noundef %24), !dbg !142
  store i32 %25, ptr %3, align 4, !dbg !143
  br label %26, !dbg !143

26:                                               ; preds = %18, %14, %8
  %27 = load i32, ptr %3, align 4, !dbg !144
  ret i32 %27, !dbg !144
}

; Function Attrs: noinline nounwind optnone
define internal i64 @gcd(i64 noundef %0, i64 noundef %1) #0 !dbg !145 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
    #dbg_declare(ptr %3, !148, !DIExpression(), !149)
  store i64 %1, ptr %4, align 8
    #dbg_declare(ptr %4, !150, !DIExpression(), !151)
  %5 = load i64, ptr %4, align 8, !dbg !152
  %6 = icmp eq i64 %5, 0, !dbg !153
  br i1 %6, label %7, label %9, !dbg !152

7:                                                ; preds = %2
  %8 = load i64, ptr %3, align 8, !dbg !154
  br label %15, !dbg !152

9:                                                ; preds = %2
  %10 = load i64, ptr %4, align 8, !dbg !155
  %11 = load i64, ptr %3, align 8, !dbg !156
  %12 = load i64, ptr %4, align 8, !dbg !157
  %13 = srem i64 %11, %12, !dbg !158
  %14 = call i64 @gcd(i64 noundef %10, i64 noundef %13), !dbg !159
  br label %15, !dbg !152

15:                                               ; preds = %9, %7
  %16 = phi i64 [ %8, %7 ], [ %14, %9 ], !dbg !152
  ret i64 %16, !dbg !160
}

; Function Attrs: noinline nounwind optnone
define internal void @hanoi(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 !dbg !161 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
    #dbg_declare(ptr %5, !164, !DIExpression(), !165)
  store i32 %1, ptr %6, align 4
    #dbg_declare(ptr %6, !166, !DIExpression(), !167)
  store i32 %2, ptr %7, align 4
    #dbg_declare(ptr %7, !168, !DIExpression(), !169)
  store i32 %3, ptr %8, align 4
    #dbg_declare(ptr %8, !170, !DIExpression(), !171)
  %9 = load i32, ptr %5, align 4, !dbg !172
  %10 = icmp eq i32 %9, 0, !dbg !174
  br i1 %10, label %11, label %12, !dbg !174

11:                                               ; preds = %4
  br label %25, !dbg !175

12:                                               ; preds = %4
  %13 = load i32, ptr %5, align 4, !dbg !176
  %14 = sub nsw i32 %13, 1, !dbg !177
  %15 = load i32, ptr %6, align 4, !dbg !178
  %16 = load i32, ptr %8, align 4, !dbg !179
  %17 = load i32, ptr %7, align 4, !dbg !180
  call void @hanoi(i32 noundef %14, i32 noundef %15, i32 noundef %16, i32 noundef %17), !dbg !181
  %18 = load i32, ptr @moves, align 4, !dbg !182
  %19 = add nsw i32 %18, 1, !dbg !182
  store i32 %19, ptr @moves, align 4, !dbg !182
  %20 = load i32, ptr %5, align 4, !dbg !183
  %21 = sub nsw i32 %20, 1, !dbg !184
  %22 = load i32, ptr %8, align 4, !dbg !185
  %23 = load i32, ptr %7, align 4, !dbg !186
  %24 = load i32, ptr %6, align 4, !dbg !187
  call void @hanoi(i32 noundef %21, i32 noundef %22, i32 noundef %23, i32 noundef %24), !dbg !188
  br label %25, !dbg !189

25:                                               ; preds = %12, %11
  ret void, !dbg !189
}

; Function Attrs: noinline nounwind optnone
define internal i32 @is_even(i32 noundef %0) #0 !dbg !190 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !193, !DIExpression(), !194)
  %3 = load i32, ptr %2, align 4, !dbg !195
  %4 = icmp eq i32 %3, 0, !dbg !196
  br i1 %4, label %5, label %6, !dbg !195

5:                                                ; preds = %1
  br label %10, !dbg !195

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4, !dbg !197
  %8 = sub i32 %7, 1, !dbg !198
  %9 = call i32 @is_odd(i32 noundef %8), !dbg !199
  br label %10, !dbg !195

10:                                               ; preds = %6, %5
  %11 = phi i32 [ 1, %5 ], [ %9, %6 ], !dbg !195
  ret i32 %11, !dbg !200
}

; Function Attrs: noinline nounwind optnone
define internal i32 @is_odd(i32 noundef %0) #0 !dbg !201 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !202, !DIExpression(), !203)
  %3 = load i32, ptr %2, align 4, !dbg !204
  %4 = icmp eq i32 %3, 0, !dbg !205
  br i1 %4, label %5, label %6, !dbg !204

5:                                                ; preds = %1
  br label %10, !dbg !204

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4, !dbg !206
  %8 = sub i32 %7, 1, !dbg !207
  %9 = call i32 @is_even(i32 noundef %8), !dbg !208
  br label %10, !dbg !204

10:                                               ; preds = %6, %5
  %11 = phi i32 [ 0, %5 ], [ %9, %6 ], !dbg !204
  ret i32 %11, !dbg !209
}

; Function Attrs: noinline nounwind optnone
define internal i32 @eval(ptr noundef %0) #0 !dbg !210 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
    #dbg_declare(ptr %2, !213, !DIExpression(), !214)
  %3 = load ptr, ptr %2, align 4, !dbg !215
  store ptr %3, ptr @src, align 4, !dbg !216
  %4 = call i32 @expr(), !dbg !217
  ret i32 %4, !dbg !218
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal void @permute(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 !dbg !219 {
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 4
    #dbg_declare(ptr %5, !224, !DIExpression(), !225)
  store i32 %1, ptr %6, align 4
    #dbg_declare(ptr %6, !226, !DIExpression(), !227)
  store i32 %2, ptr %7, align 4
    #dbg_declare(ptr %7, !228, !DIExpression(), !229)
  store ptr %3, ptr %8, align 4
    #dbg_declare(ptr %8, !230, !DIExpression(), !231)
  %13 = load i32, ptr %6, align 4, !dbg !232
  %14 = load i32, ptr %7, align 4, !dbg !234
  %15 = icmp eq i32 %13, %14, !dbg !235
  br i1 %15, label %16, label %41, !dbg !235

16:                                               ; preds = %4
  %17 = load i32, ptr @perm_count, align 4, !dbg !236
  %18 = add nsw i32 %17, 1, !dbg !236
  store i32 %18, ptr @perm_count, align 4, !dbg !236
    #dbg_declare(ptr %9, !238, !DIExpression(), !239)
  store i64 0, ptr %9, align 8, !dbg !239
    #dbg_declare(ptr %10, !240, !DIExpression(), !242)
  store i32 0, ptr %10, align 4, !dbg !242
  br label %19, !dbg !243

19:                                               ; preds = %32, %16
  %20 = load i32, ptr %10, align 4, !dbg !244
  %21 = load i32, ptr %7, align 4, !dbg !246
  %22 = icmp slt i32 %20, %21, !dbg !247
  br i1 %22, label %23, label %35, !dbg !248

23:                                               ; preds = %19
  %24 = load i64, ptr %9, align 8, !dbg !249
  %25 = mul nsw i64 %24, 10, !dbg !250
  %26 = load ptr, ptr %5, align 4, !dbg !251
  %27 = load i32, ptr %10, align 4, !dbg !252
  %28 = getelementptr inbounds i32, ptr %26, i32 %27, !dbg !251
  %29 = load i32, ptr %28, align 4, !dbg !251
  %30 = sext i32 %29 to i64, !dbg !251
  %31 = add nsw i64 %25, %30, !dbg !253
  store i64 %31, ptr %9, align 8, !dbg !254
  br label %32, !dbg !255

32:                                               ; preds = %23
  %33 = load i32, ptr %10, align 4, !dbg !256
  %34 = add nsw i32 %33, 1, !dbg !256
  store i32 %34, ptr %10, align 4, !dbg !256
  br label %19, !dbg !257, !llvm.loop !258

35:                                               ; preds = %19
  %36 = load i64, ptr %9, align 8, !dbg !261
  %37 = srem i64 %36, 97, !dbg !262
  %38 = load ptr, ptr %8, align 4, !dbg !263
  %39 = load i64, ptr %38, align 8, !dbg !264
  %40 = add nsw i64 %39, %37, !dbg !264
  store i64 %40, ptr %38, align 8, !dbg !264
  br label %86, !dbg !265

41:                                               ; preds = %4
    #dbg_declare(ptr %11, !266, !DIExpression(), !268)
  %42 = load i32, ptr %6, align 4, !dbg !269
  store i32 %42, ptr %11, align 4, !dbg !268
  br label %43, !dbg !270

43:                                               ; preds = %83, %41
  %44 = load i32, ptr %11, align 4, !dbg !271
  %45 = load i32, ptr %7, align 4, !dbg !273
  %46 = icmp slt i32 %44, %45, !dbg !274
  br i1 %46, label %47, label %86, !dbg !275

47:                                               ; preds = %43
    #dbg_declare(ptr %12, !276, !DIExpression(), !278)
  %48 = load ptr, ptr %5, align 4, !dbg !279
  %49 = load i32, ptr %6, align 4, !dbg !280
  %50 = getelementptr inbounds i32, ptr %48, i32 %49, !dbg !279
  %51 = load i32, ptr %50, align 4, !dbg !279
  store i32 %51, ptr %12, align 4, !dbg !278
  %52 = load ptr, ptr %5, align 4, !dbg !281
  %53 = load i32, ptr %11, align 4, !dbg !282
  %54 = getelementptr inbounds i32, ptr %52, i32 %53, !dbg !281
  %55 = load i32, ptr %54, align 4, !dbg !281
  %56 = load ptr, ptr %5, align 4, !dbg !283
  %57 = load i32, ptr %6, align 4, !dbg !284
  %58 = getelementptr inbounds i32, ptr %56, i32 %57, !dbg !283
  store i32 %55, ptr %58, align 4, !dbg !285
  %59 = load i32, ptr %12, align 4, !dbg !286
  %60 = load ptr, ptr %5, align 4, !dbg !287
  %61 = load i32, ptr %11, align 4, !dbg !288
  %62 = getelementptr inbounds i32, ptr %60, i32 %61, !dbg !287
  store i32 %59, ptr %62, align 4, !dbg !289
  %63 = load ptr, ptr %5, align 4, !dbg !290
  %64 = load i32, ptr %6, align 4, !dbg !291
  %65 = add nsw i32 %64, 1, !dbg !292
  %66 = load i32, ptr %7, align 4, !dbg !293
  %67 = load ptr, ptr %8, align 4, !dbg !294
  call void @permute(ptr noundef %63, i32 noundef %65, i32 noundef %66, ptr noundef %67), !dbg !295
  %68 = load ptr, ptr %5, align 4, !dbg !296
  %69 = load i32, ptr %6, align 4, !dbg !297
  %70 = getelementptr inbounds i32, ptr %68, i32 %69, !dbg !296
  %71 = load i32, ptr %70, align 4, !dbg !296
  store i32 %71, ptr %12, align 4, !dbg !298
  %72 = load ptr, ptr %5, align 4, !dbg !299
  %73 = load i32, ptr %11, align 4, !dbg !300
  %74 = getelementptr inbounds i32, ptr %72, i32 %73, !dbg !299
  %75 = load i32, ptr %74, align 4, !dbg !299
  %76 = load ptr, ptr %5, align 4, !dbg !301
  %77 = load i32, ptr %6, align 4, !dbg !302
  %78 = getelementptr inbounds i32, ptr %76, i32 %77, !dbg !301
  store i32 %75, ptr %78, align 4, !dbg !303
  %79 = load i32, ptr %12, align 4, !dbg !304
  %80 = load ptr, ptr %5, align 4, !dbg !305
  %81 = load i32, ptr %11, align 4, !dbg !306
  %82 = getelementptr inbounds i32, ptr %80, i32 %81, !dbg !305
  store i32 %79, ptr %82, align 4, !dbg !307
  br label %83, !dbg !308

83:                                               ; preds = %47
  %84 = load i32, ptr %11, align 4, !dbg !309
  %85 = add nsw i32 %84, 1, !dbg !309
  store i32 %85, ptr %11, align 4, !dbg !309
  br label %43, !dbg !310, !llvm.loop !311

86:                                               ; preds = %35, %43
  ret void, !dbg !313
}

; Function Attrs: noinline nounwind optnone
define internal i32 @expr() #0 !dbg !314 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i32, align 4
    #dbg_declare(ptr %1, !315, !DIExpression(), !316)
  %4 = call i32 @term(), !dbg !317
  store i32 %4, ptr %1, align 4, !dbg !316
  br label %5, !dbg !318

5:                                                ; preds = %33, %0
  %6 = load ptr, ptr @src, align 4, !dbg !319
  %7 = load i8, ptr %6, align 1, !dbg !320
  %8 = sext i8 %7 to i32, !dbg !320
  %9 = icmp eq i32 %8, 43, !dbg !321
  br i1 %9, label %15, label %10, !dbg !322

10:                                               ; preds = %5
  %11 = load ptr, ptr @src, align 4, !dbg !323
  %12 = load i8, ptr %11, align 1, !dbg !324
  %13 = sext i8 %12 to i32, !dbg !324
  %14 = icmp eq i32 %13, 45, !dbg !325
  br label %15, !dbg !322

15:                                               ; preds = %10, %5
  %16 = phi i1 [ true, %5 ], [ %14, %10 ]
  br i1 %16, label %17, label %35, !dbg !318

17:                                               ; preds = %15
    #dbg_declare(ptr %2, !326, !DIExpression(), !328)
  %18 = load ptr, ptr @src, align 4, !dbg !329
  %19 = getelementptr inbounds nuw i8, ptr %18, i32 1, !dbg !329
  store ptr %19, ptr @src, align 4, !dbg !329
  %20 = load i8, ptr %18, align 1, !dbg !330
  store i8 %20, ptr %2, align 1, !dbg !328
    #dbg_declare(ptr %3, !331, !DIExpression(), !332)
  %21 = call i32 @term(), !dbg !333
  store i32 %21, ptr %3, align 4, !dbg !332
  %22 = load i8, ptr %2, align 1, !dbg !334
  %23 = sext i8 %22 to i32, !dbg !334
  %24 = icmp eq i32 %23, 43, !dbg !335
  br i1 %24, label %25, label %29, !dbg !334

25:                                               ; preds = %17
  %26 = load i32, ptr %1, align 4, !dbg !336
  %27 = load i32, ptr %3, align 4, !dbg !337
  %28 = add nsw i32 %26, %27, !dbg !338
  br label %33, !dbg !334

29:                                               ; preds = %17
  %30 = load i32, ptr %1, align 4, !dbg !339
  %31 = load i32, ptr %3, align 4, !dbg !340
  %32 = sub nsw i32 %30, %31, !dbg !341
  br label %33, !dbg !334

33:                                               ; preds = %29, %25
  %34 = phi i32 [ %28, %25 ], [ %32, %29 ], !dbg !334
  store i32 %34, ptr %1, align 4, !dbg !342
  br label %5, !dbg !318, !llvm.loop !343

35:                                               ; preds = %15
  %36 = load i32, ptr %1, align 4, !dbg !345
  ret i32 %36, !dbg !346
}

; Function Attrs: noinline nounwind optnone
define internal i32 @term() #0 !dbg !347 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i32, align 4
    #dbg_declare(ptr %1, !348, !DIExpression(), !349)
  %4 = call i32 @factor(), !dbg !350
  store i32 %4, ptr %1, align 4, !dbg !349
  br label %5, !dbg !351

5:                                                ; preds = %33, %0
  %6 = load ptr, ptr @src, align 4, !dbg !352
  %7 = load i8, ptr %6, align 1, !dbg !353
  %8 = sext i8 %7 to i32, !dbg !353
  %9 = icmp eq i32 %8, 42, !dbg !354
  br i1 %9, label %15, label %10, !dbg !355

10:                                               ; preds = %5
  %11 = load ptr, ptr @src, align 4, !dbg !356
  %12 = load i8, ptr %11, align 1, !dbg !357
  %13 = sext i8 %12 to i32, !dbg !357
  %14 = icmp eq i32 %13, 47, !dbg !358
  br label %15, !dbg !355

15:                                               ; preds = %10, %5
  %16 = phi i1 [ true, %5 ], [ %14, %10 ]
  br i1 %16, label %17, label %35, !dbg !351

17:                                               ; preds = %15
    #dbg_declare(ptr %2, !359, !DIExpression(), !361)
  %18 = load ptr, ptr @src, align 4, !dbg !362
  %19 = getelementptr inbounds nuw i8, ptr %18, i32 1, !dbg !362
  store ptr %19, ptr @src, align 4, !dbg !362
  %20 = load i8, ptr %18, align 1, !dbg !363
  store i8 %20, ptr %2, align 1, !dbg !361
    #dbg_declare(ptr %3, !364, !DIExpression(), !365)
  %21 = call i32 @factor(), !dbg !366
  store i32 %21, ptr %3, align 4, !dbg !365
  %22 = load i8, ptr %2, align 1, !dbg !367
  %23 = sext i8 %22 to i32, !dbg !367
  %24 = icmp eq i32 %23, 42, !dbg !368
  br i1 %24, label %25, label %29, !dbg !367

25:                                               ; preds = %17
  %26 = load i32, ptr %1, align 4, !dbg !369
  %27 = load i32, ptr %3, align 4, !dbg !370
  %28 = mul nsw i32 %26, %27, !dbg !371
  br label %33, !dbg !367

29:                                               ; preds = %17
  %30 = load i32, ptr %1, align 4, !dbg !372
  %31 = load i32, ptr %3, align 4, !dbg !373
  %32 = sdiv i32 %30, %31, !dbg !374
  br label %33, !dbg !367

33:                                               ; preds = %29, %25
  %34 = phi i32 [ %28, %25 ], [ %32, %29 ], !dbg !367
  store i32 %34, ptr %1, align 4, !dbg !375
  br label %5, !dbg !351, !llvm.loop !376

35:                                               ; preds = %15
  %36 = load i32, ptr %1, align 4, !dbg !378
  ret i32 %36, !dbg !379
}

; Function Attrs: noinline nounwind optnone
define internal i32 @factor() #0 !dbg !380 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = load ptr, ptr @src, align 4, !dbg !381
  %4 = load i8, ptr %3, align 1, !dbg !383
  %5 = sext i8 %4 to i32, !dbg !383
  %6 = icmp eq i32 %5, 40, !dbg !384
  br i1 %6, label %7, label %14, !dbg !384

7:                                                ; preds = %0
  %8 = load ptr, ptr @src, align 4, !dbg !385
  %9 = getelementptr inbounds nuw i8, ptr %8, i32 1, !dbg !385
  store ptr %9, ptr @src, align 4, !dbg !385
    #dbg_declare(ptr %2, !387, !DIExpression(), !388)
  %10 = call i32 @expr(), !dbg !389
  store i32 %10, ptr %2, align 4, !dbg !388
  %11 = load ptr, ptr @src, align 4, !dbg !390
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1, !dbg !390
  store ptr %12, ptr @src, align 4, !dbg !390
  %13 = load i32, ptr %2, align 4, !dbg !391
  store i32 %13, ptr %1, align 4, !dbg !392
  br label %26, !dbg !392

14:                                               ; preds = %0
  %15 = load ptr, ptr @src, align 4, !dbg !393
  %16 = load i8, ptr %15, align 1, !dbg !395
  %17 = sext i8 %16 to i32, !dbg !395
  %18 = icmp eq i32 %17, 45, !dbg !396
  br i1 %18, label %19, label %24, !dbg !396

19:                                               ; preds = %14
  %20 = load ptr, ptr @src, align 4, !dbg !397
  %21 = getelementptr inbounds nuw i8, ptr %20, i32 1, !dbg !397
  store ptr %21, ptr @src, align 4, !dbg !397
  %22 = call i32 @factor(), !dbg !399
  %23 = sub nsw i32 0, %22, !dbg !400
  store i32 %23, ptr %1, align 4, !dbg !401
  br label %26, !dbg !401

24:                                               ; preds = %14
  %25 = call i32 @number(), !dbg !402
  store i32 %25, ptr %1, align 4, !dbg !403
  br label %26, !dbg !403

26:                                               ; preds = %24, %19, %7
  %27 = load i32, ptr %1, align 4, !dbg !404
  ret i32 %27, !dbg !404
}

; Function Attrs: noinline nounwind optnone
define internal i32 @number() #0 !dbg !405 {
  %1 = alloca i32, align 4
    #dbg_declare(ptr %1, !406, !DIExpression(), !407)
  store i32 0, ptr %1, align 4, !dbg !407
  br label %2, !dbg !408

2:                                                ; preds = %14, %0
  %3 = load ptr, ptr @src, align 4, !dbg !409
  %4 = load i8, ptr %3, align 1, !dbg !410
  %5 = sext i8 %4 to i32, !dbg !410
  %6 = icmp sge i32 %5, 48, !dbg !411
  br i1 %6, label %7, label %12, !dbg !412

7:                                                ; preds = %2
  %8 = load ptr, ptr @src, align 4, !dbg !413
  %9 = load i8, ptr %8, align 1, !dbg !414
  %10 = sext i8 %9 to i32, !dbg !414
  %11 = icmp sle i32 %10, 57, !dbg !415
  br label %12

12:                                               ; preds = %7, %2
  %13 = phi i1 [ false, %2 ], [ %11, %7 ], !dbg !416
  br i1 %13, label %14, label %23, !dbg !408

14:                                               ; preds = %12
  %15 = load i32, ptr %1, align 4, !dbg !417
  %16 = mul nsw i32 %15, 10, !dbg !418
  %17 = load ptr, ptr @src, align 4, !dbg !419
  %18 = getelementptr inbounds nuw i8, ptr %17, i32 1, !dbg !419
  store ptr %18, ptr @src, align 4, !dbg !419
  %19 = load i8, ptr %17, align 1, !dbg !420
  %20 = sext i8 %19 to i32, !dbg !420
  %21 = sub nsw i32 %20, 48, !dbg !421
  %22 = add nsw i32 %16, %21, !dbg !422
  store i32 %22, ptr %1, align 4, !dbg !423
  br label %2, !dbg !408, !llvm.loop !424

23:                                               ; preds = %12
  %24 = load i32, ptr %1, align 4, !dbg !426
  ret i32 %24, !dbg !427
}

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.dbg.cu = !{!21}
!llvm.module.flags = !{!57, !58, !59}
!llvm.ident = !{!60}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 60, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "recursion.c", directory: ".")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 11)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 61, type: !3, isLocal: true, isDefinition: true)
!9 = !DIGlobalVariableExpression(var: !10, expr: !DIExpression())
!10 = distinct !DIGlobalVariable(scope: null, file: !2, line: 62, type: !11, isLocal: true, isDefinition: true)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 120, elements: !12)
!12 = !{!13}
!13 = !DISubrange(count: 15)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(scope: null, file: !2, line: 64, type: !16, isLocal: true, isDefinition: true)
!16 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 80, elements: !17)
!17 = !{!18}
!18 = !DISubrange(count: 10)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(name: "moves", scope: !21, file: !2, line: 12, type: !52, isLocal: true, isDefinition: true)
!21 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !22, splitDebugInlining: false, nameTableKind: None)
!22 = !{!0, !7, !9, !14, !23, !28, !30, !35, !40, !45, !19, !50, !53}
!23 = !DIGlobalVariableExpression(var: !24, expr: !DIExpression())
!24 = distinct !DIGlobalVariable(scope: null, file: !2, line: 65, type: !25, isLocal: true, isDefinition: true)
!25 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 152, elements: !26)
!26 = !{!27}
!27 = !DISubrange(count: 19)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(scope: null, file: !2, line: 66, type: !11, isLocal: true, isDefinition: true)
!30 = !DIGlobalVariableExpression(var: !31, expr: !DIExpression())
!31 = distinct !DIGlobalVariable(scope: null, file: !2, line: 66, type: !32, isLocal: true, isDefinition: true)
!32 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 48, elements: !33)
!33 = !{!34}
!34 = !DISubrange(count: 6)
!35 = !DIGlobalVariableExpression(var: !36, expr: !DIExpression())
!36 = distinct !DIGlobalVariable(scope: null, file: !2, line: 66, type: !37, isLocal: true, isDefinition: true)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 12)
!40 = !DIGlobalVariableExpression(var: !41, expr: !DIExpression())
!41 = distinct !DIGlobalVariable(scope: null, file: !2, line: 66, type: !42, isLocal: true, isDefinition: true)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 168, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 21)
!45 = !DIGlobalVariableExpression(var: !46, expr: !DIExpression())
!46 = distinct !DIGlobalVariable(scope: null, file: !2, line: 70, type: !47, isLocal: true, isDefinition: true)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !48)
!48 = !{!49}
!49 = !DISubrange(count: 14)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(name: "perm_count", scope: !21, file: !2, line: 43, type: !52, isLocal: true, isDefinition: true)
!52 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "src", scope: !21, file: !2, line: 23, type: !55, isLocal: true, isDefinition: true)
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !56, size: 32)
!56 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!57 = !{i32 7, !"Dwarf Version", i32 4}
!58 = !{i32 2, !"Debug Info Version", i32 3}
!59 = !{i32 1, !"wchar_size", i32 4}
!60 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!61 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 59, type: !62, scopeLine: 59, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !21, retainedNodes: !64)
!62 = !DISubroutineType(types: !63)
!63 = !{!52}
!64 = !{}
!65 = !DILocation(line: 60, column: 27, scope: !61)
!66 = !DILocation(line: 60, column: 36, scope: !61)
!67 = !DILocation(line: 60, column: 5, scope: !61)
!68 = !DILocation(line: 61, column: 27, scope: !61)
!69 = !DILocation(line: 61, column: 38, scope: !61)
!70 = !DILocation(line: 61, column: 5, scope: !61)
!71 = !DILocation(line: 62, column: 31, scope: !61)
!72 = !DILocation(line: 62, column: 47, scope: !61)
!73 = !DILocation(line: 62, column: 5, scope: !61)
!74 = !DILocation(line: 63, column: 5, scope: !61)
!75 = !DILocation(line: 64, column: 26, scope: !61)
!76 = !DILocation(line: 64, column: 5, scope: !61)
!77 = !DILocation(line: 65, column: 35, scope: !61)
!78 = !DILocation(line: 65, column: 50, scope: !61)
!79 = !DILocation(line: 65, column: 64, scope: !61)
!80 = !DILocation(line: 65, column: 5, scope: !61)
!81 = !DILocation(line: 66, column: 31, scope: !61)
!82 = !DILocation(line: 66, column: 46, scope: !61)
!83 = !DILocation(line: 66, column: 67, scope: !61)
!84 = !DILocation(line: 66, column: 5, scope: !61)
!85 = !DILocalVariable(name: "a", scope: !61, file: !2, line: 67, type: !86)
!86 = !DICompositeType(tag: DW_TAG_array_type, baseType: !52, size: 192, elements: !33)
!87 = !DILocation(line: 67, column: 9, scope: !61)
!88 = !DILocalVariable(name: "ck", scope: !61, file: !2, line: 68, type: !89)
!89 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!90 = !DILocation(line: 68, column: 15, scope: !61)
!91 = !DILocation(line: 69, column: 13, scope: !61)
!92 = !DILocation(line: 69, column: 5, scope: !61)
!93 = !DILocation(line: 70, column: 30, scope: !61)
!94 = !DILocation(line: 70, column: 42, scope: !61)
!95 = !DILocation(line: 70, column: 5, scope: !61)
!96 = !DILocation(line: 71, column: 12, scope: !61)
!97 = !DILocation(line: 71, column: 20, scope: !61)
!98 = !DILocation(line: 71, column: 5, scope: !61)
!99 = distinct !DISubprogram(name: "fib", scope: !2, file: !2, line: 5, type: !100, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !64)
!100 = !DISubroutineType(types: !101)
!101 = !{!52, !52}
!102 = !DILocalVariable(name: "n", arg: 1, scope: !99, file: !2, line: 5, type: !52)
!103 = !DILocation(line: 5, column: 20, scope: !99)
!104 = !DILocation(line: 5, column: 32, scope: !99)
!105 = !DILocation(line: 5, column: 34, scope: !99)
!106 = !DILocation(line: 5, column: 40, scope: !99)
!107 = !DILocation(line: 5, column: 48, scope: !99)
!108 = !DILocation(line: 5, column: 50, scope: !99)
!109 = !DILocation(line: 5, column: 44, scope: !99)
!110 = !DILocation(line: 5, column: 61, scope: !99)
!111 = !DILocation(line: 5, column: 63, scope: !99)
!112 = !DILocation(line: 5, column: 57, scope: !99)
!113 = !DILocation(line: 5, column: 55, scope: !99)
!114 = !DILocation(line: 5, column: 25, scope: !99)
!115 = distinct !DISubprogram(name: "ack", scope: !2, file: !2, line: 6, type: !116, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !64)
!116 = !DISubroutineType(types: !117)
!117 = !{!118, !118, !118}
!118 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!119 = !DILocalVariable(name: "m", arg: 1, scope: !115, file: !2, line: 6, type: !118)
!120 = !DILocation(line: 6, column: 30, scope: !115)
!121 = !DILocalVariable(name: "n", arg: 2, scope: !115, file: !2, line: 6, type: !118)
!122 = !DILocation(line: 6, column: 42, scope: !115)
!123 = !DILocation(line: 7, column: 9, scope: !124)
!124 = distinct !DILexicalBlock(scope: !115, file: !2, line: 7, column: 9)
!125 = !DILocation(line: 7, column: 11, scope: !124)
!126 = !DILocation(line: 7, column: 24, scope: !124)
!127 = !DILocation(line: 7, column: 26, scope: !124)
!128 = !DILocation(line: 7, column: 17, scope: !124)
!129 = !DILocation(line: 8, column: 9, scope: !130)
!130 = distinct !DILexicalBlock(scope: !115, file: !2, line: 8, column: 9)
!131 = !DILocation(line: 8, column: 11, scope: !130)
!132 = !DILocation(line: 8, column: 28, scope: !130)
!133 = !DILocation(line: 8, column: 30, scope: !130)
!134 = !DILocation(line: 8, column: 24, scope: !130)
!135 = !DILocation(line: 8, column: 17, scope: !130)
!136 = !DILocation(line: 9, column: 16, scope: !115)
!137 = !DILocation(line: 9, column: 18, scope: !115)
!138 = !DILocation(line: 9, column: 27, scope: !115)
!139 = !DILocation(line: 9, column: 30, scope: !115)
!140 = !DILocation(line: 9, column: 32, scope: !115)
!141 = !DILocation(line: 9, column: 23, scope: !115)
!142 = !DILocation(line: 9, column: 12, scope: !115)
!143 = !DILocation(line: 9, column: 5, scope: !115)
!144 = !DILocation(line: 10, column: 1, scope: !115)
!145 = distinct !DISubprogram(name: "gcd", scope: !2, file: !2, line: 11, type: !146, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !64)
!146 = !DISubroutineType(types: !147)
!147 = !{!89, !89, !89}
!148 = !DILocalVariable(name: "a", arg: 1, scope: !145, file: !2, line: 11, type: !89)
!149 = !DILocation(line: 11, column: 32, scope: !145)
!150 = !DILocalVariable(name: "b", arg: 2, scope: !145, file: !2, line: 11, type: !89)
!151 = !DILocation(line: 11, column: 45, scope: !145)
!152 = !DILocation(line: 11, column: 57, scope: !145)
!153 = !DILocation(line: 11, column: 59, scope: !145)
!154 = !DILocation(line: 11, column: 66, scope: !145)
!155 = !DILocation(line: 11, column: 74, scope: !145)
!156 = !DILocation(line: 11, column: 77, scope: !145)
!157 = !DILocation(line: 11, column: 81, scope: !145)
!158 = !DILocation(line: 11, column: 79, scope: !145)
!159 = !DILocation(line: 11, column: 70, scope: !145)
!160 = !DILocation(line: 11, column: 50, scope: !145)
!161 = distinct !DISubprogram(name: "hanoi", scope: !2, file: !2, line: 13, type: !162, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !64)
!162 = !DISubroutineType(types: !163)
!163 = !{null, !52, !52, !52, !52}
!164 = !DILocalVariable(name: "n", arg: 1, scope: !161, file: !2, line: 13, type: !52)
!165 = !DILocation(line: 13, column: 23, scope: !161)
!166 = !DILocalVariable(name: "from", arg: 2, scope: !161, file: !2, line: 13, type: !52)
!167 = !DILocation(line: 13, column: 30, scope: !161)
!168 = !DILocalVariable(name: "to", arg: 3, scope: !161, file: !2, line: 13, type: !52)
!169 = !DILocation(line: 13, column: 40, scope: !161)
!170 = !DILocalVariable(name: "via", arg: 4, scope: !161, file: !2, line: 13, type: !52)
!171 = !DILocation(line: 13, column: 48, scope: !161)
!172 = !DILocation(line: 14, column: 9, scope: !173)
!173 = distinct !DILexicalBlock(scope: !161, file: !2, line: 14, column: 9)
!174 = !DILocation(line: 14, column: 11, scope: !173)
!175 = !DILocation(line: 14, column: 17, scope: !173)
!176 = !DILocation(line: 15, column: 11, scope: !161)
!177 = !DILocation(line: 15, column: 13, scope: !161)
!178 = !DILocation(line: 15, column: 18, scope: !161)
!179 = !DILocation(line: 15, column: 24, scope: !161)
!180 = !DILocation(line: 15, column: 29, scope: !161)
!181 = !DILocation(line: 15, column: 5, scope: !161)
!182 = !DILocation(line: 16, column: 10, scope: !161)
!183 = !DILocation(line: 17, column: 11, scope: !161)
!184 = !DILocation(line: 17, column: 13, scope: !161)
!185 = !DILocation(line: 17, column: 18, scope: !161)
!186 = !DILocation(line: 17, column: 23, scope: !161)
!187 = !DILocation(line: 17, column: 27, scope: !161)
!188 = !DILocation(line: 17, column: 5, scope: !161)
!189 = !DILocation(line: 18, column: 1, scope: !161)
!190 = distinct !DISubprogram(name: "is_even", scope: !2, file: !2, line: 20, type: !191, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !64)
!191 = !DISubroutineType(types: !192)
!192 = !{!52, !118}
!193 = !DILocalVariable(name: "n", arg: 1, scope: !190, file: !2, line: 20, type: !118)
!194 = !DILocation(line: 20, column: 29, scope: !190)
!195 = !DILocation(line: 20, column: 41, scope: !190)
!196 = !DILocation(line: 20, column: 43, scope: !190)
!197 = !DILocation(line: 20, column: 61, scope: !190)
!198 = !DILocation(line: 20, column: 63, scope: !190)
!199 = !DILocation(line: 20, column: 54, scope: !190)
!200 = !DILocation(line: 20, column: 34, scope: !190)
!201 = distinct !DISubprogram(name: "is_odd", scope: !2, file: !2, line: 21, type: !191, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !64)
!202 = !DILocalVariable(name: "n", arg: 1, scope: !201, file: !2, line: 21, type: !118)
!203 = !DILocation(line: 21, column: 28, scope: !201)
!204 = !DILocation(line: 21, column: 40, scope: !201)
!205 = !DILocation(line: 21, column: 42, scope: !201)
!206 = !DILocation(line: 21, column: 61, scope: !201)
!207 = !DILocation(line: 21, column: 63, scope: !201)
!208 = !DILocation(line: 21, column: 53, scope: !201)
!209 = !DILocation(line: 21, column: 33, scope: !201)
!210 = distinct !DISubprogram(name: "eval", scope: !2, file: !2, line: 41, type: !211, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !64)
!211 = !DISubroutineType(types: !212)
!212 = !{!52, !55}
!213 = !DILocalVariable(name: "s", arg: 1, scope: !210, file: !2, line: 41, type: !55)
!214 = !DILocation(line: 41, column: 29, scope: !210)
!215 = !DILocation(line: 41, column: 40, scope: !210)
!216 = !DILocation(line: 41, column: 38, scope: !210)
!217 = !DILocation(line: 41, column: 50, scope: !210)
!218 = !DILocation(line: 41, column: 43, scope: !210)
!219 = distinct !DISubprogram(name: "permute", scope: !2, file: !2, line: 44, type: !220, scopeLine: 44, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !64)
!220 = !DISubroutineType(types: !221)
!221 = !{null, !222, !52, !52, !223}
!222 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !52, size: 32)
!223 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !89, size: 32)
!224 = !DILocalVariable(name: "a", arg: 1, scope: !219, file: !2, line: 44, type: !222)
!225 = !DILocation(line: 44, column: 26, scope: !219)
!226 = !DILocalVariable(name: "k", arg: 2, scope: !219, file: !2, line: 44, type: !52)
!227 = !DILocation(line: 44, column: 33, scope: !219)
!228 = !DILocalVariable(name: "n", arg: 3, scope: !219, file: !2, line: 44, type: !52)
!229 = !DILocation(line: 44, column: 40, scope: !219)
!230 = !DILocalVariable(name: "checksum", arg: 4, scope: !219, file: !2, line: 44, type: !223)
!231 = !DILocation(line: 44, column: 54, scope: !219)
!232 = !DILocation(line: 45, column: 9, scope: !233)
!233 = distinct !DILexicalBlock(scope: !219, file: !2, line: 45, column: 9)
!234 = !DILocation(line: 45, column: 14, scope: !233)
!235 = !DILocation(line: 45, column: 11, scope: !233)
!236 = !DILocation(line: 46, column: 19, scope: !237)
!237 = distinct !DILexicalBlock(scope: !233, file: !2, line: 45, column: 17)
!238 = !DILocalVariable(name: "v", scope: !237, file: !2, line: 47, type: !89)
!239 = !DILocation(line: 47, column: 19, scope: !237)
!240 = !DILocalVariable(name: "i", scope: !241, file: !2, line: 48, type: !52)
!241 = distinct !DILexicalBlock(scope: !237, file: !2, line: 48, column: 9)
!242 = !DILocation(line: 48, column: 18, scope: !241)
!243 = !DILocation(line: 48, column: 14, scope: !241)
!244 = !DILocation(line: 48, column: 25, scope: !245)
!245 = distinct !DILexicalBlock(scope: !241, file: !2, line: 48, column: 9)
!246 = !DILocation(line: 48, column: 29, scope: !245)
!247 = !DILocation(line: 48, column: 27, scope: !245)
!248 = !DILocation(line: 48, column: 9, scope: !241)
!249 = !DILocation(line: 48, column: 41, scope: !245)
!250 = !DILocation(line: 48, column: 43, scope: !245)
!251 = !DILocation(line: 48, column: 50, scope: !245)
!252 = !DILocation(line: 48, column: 52, scope: !245)
!253 = !DILocation(line: 48, column: 48, scope: !245)
!254 = !DILocation(line: 48, column: 39, scope: !245)
!255 = !DILocation(line: 48, column: 37, scope: !245)
!256 = !DILocation(line: 48, column: 33, scope: !245)
!257 = !DILocation(line: 48, column: 9, scope: !245)
!258 = distinct !{!258, !248, !259, !260}
!259 = !DILocation(line: 48, column: 53, scope: !241)
!260 = !{!"llvm.loop.mustprogress"}
!261 = !DILocation(line: 49, column: 22, scope: !237)
!262 = !DILocation(line: 49, column: 24, scope: !237)
!263 = !DILocation(line: 49, column: 10, scope: !237)
!264 = !DILocation(line: 49, column: 19, scope: !237)
!265 = !DILocation(line: 50, column: 9, scope: !237)
!266 = !DILocalVariable(name: "i", scope: !267, file: !2, line: 52, type: !52)
!267 = distinct !DILexicalBlock(scope: !219, file: !2, line: 52, column: 5)
!268 = !DILocation(line: 52, column: 14, scope: !267)
!269 = !DILocation(line: 52, column: 18, scope: !267)
!270 = !DILocation(line: 52, column: 10, scope: !267)
!271 = !DILocation(line: 52, column: 21, scope: !272)
!272 = distinct !DILexicalBlock(scope: !267, file: !2, line: 52, column: 5)
!273 = !DILocation(line: 52, column: 25, scope: !272)
!274 = !DILocation(line: 52, column: 23, scope: !272)
!275 = !DILocation(line: 52, column: 5, scope: !267)
!276 = !DILocalVariable(name: "t", scope: !277, file: !2, line: 53, type: !52)
!277 = distinct !DILexicalBlock(scope: !272, file: !2, line: 52, column: 33)
!278 = !DILocation(line: 53, column: 13, scope: !277)
!279 = !DILocation(line: 53, column: 17, scope: !277)
!280 = !DILocation(line: 53, column: 19, scope: !277)
!281 = !DILocation(line: 53, column: 30, scope: !277)
!282 = !DILocation(line: 53, column: 32, scope: !277)
!283 = !DILocation(line: 53, column: 23, scope: !277)
!284 = !DILocation(line: 53, column: 25, scope: !277)
!285 = !DILocation(line: 53, column: 28, scope: !277)
!286 = !DILocation(line: 53, column: 43, scope: !277)
!287 = !DILocation(line: 53, column: 36, scope: !277)
!288 = !DILocation(line: 53, column: 38, scope: !277)
!289 = !DILocation(line: 53, column: 41, scope: !277)
!290 = !DILocation(line: 54, column: 17, scope: !277)
!291 = !DILocation(line: 54, column: 20, scope: !277)
!292 = !DILocation(line: 54, column: 22, scope: !277)
!293 = !DILocation(line: 54, column: 27, scope: !277)
!294 = !DILocation(line: 54, column: 30, scope: !277)
!295 = !DILocation(line: 54, column: 9, scope: !277)
!296 = !DILocation(line: 55, column: 13, scope: !277)
!297 = !DILocation(line: 55, column: 15, scope: !277)
!298 = !DILocation(line: 55, column: 11, scope: !277)
!299 = !DILocation(line: 55, column: 26, scope: !277)
!300 = !DILocation(line: 55, column: 28, scope: !277)
!301 = !DILocation(line: 55, column: 19, scope: !277)
!302 = !DILocation(line: 55, column: 21, scope: !277)
!303 = !DILocation(line: 55, column: 24, scope: !277)
!304 = !DILocation(line: 55, column: 39, scope: !277)
!305 = !DILocation(line: 55, column: 32, scope: !277)
!306 = !DILocation(line: 55, column: 34, scope: !277)
!307 = !DILocation(line: 55, column: 37, scope: !277)
!308 = !DILocation(line: 56, column: 5, scope: !277)
!309 = !DILocation(line: 52, column: 29, scope: !272)
!310 = !DILocation(line: 52, column: 5, scope: !272)
!311 = distinct !{!311, !275, !312, !260}
!312 = !DILocation(line: 56, column: 5, scope: !267)
!313 = !DILocation(line: 57, column: 1, scope: !219)
!314 = distinct !DISubprogram(name: "expr", scope: !2, file: !2, line: 36, type: !62, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !64)
!315 = !DILocalVariable(name: "v", scope: !314, file: !2, line: 37, type: !52)
!316 = !DILocation(line: 37, column: 9, scope: !314)
!317 = !DILocation(line: 37, column: 13, scope: !314)
!318 = !DILocation(line: 38, column: 5, scope: !314)
!319 = !DILocation(line: 38, column: 13, scope: !314)
!320 = !DILocation(line: 38, column: 12, scope: !314)
!321 = !DILocation(line: 38, column: 17, scope: !314)
!322 = !DILocation(line: 38, column: 24, scope: !314)
!323 = !DILocation(line: 38, column: 28, scope: !314)
!324 = !DILocation(line: 38, column: 27, scope: !314)
!325 = !DILocation(line: 38, column: 32, scope: !314)
!326 = !DILocalVariable(name: "op", scope: !327, file: !2, line: 38, type: !4)
!327 = distinct !DILexicalBlock(scope: !314, file: !2, line: 38, column: 40)
!328 = !DILocation(line: 38, column: 47, scope: !327)
!329 = !DILocation(line: 38, column: 56, scope: !327)
!330 = !DILocation(line: 38, column: 52, scope: !327)
!331 = !DILocalVariable(name: "r", scope: !327, file: !2, line: 38, type: !52)
!332 = !DILocation(line: 38, column: 64, scope: !327)
!333 = !DILocation(line: 38, column: 68, scope: !327)
!334 = !DILocation(line: 38, column: 80, scope: !327)
!335 = !DILocation(line: 38, column: 83, scope: !327)
!336 = !DILocation(line: 38, column: 92, scope: !327)
!337 = !DILocation(line: 38, column: 96, scope: !327)
!338 = !DILocation(line: 38, column: 94, scope: !327)
!339 = !DILocation(line: 38, column: 100, scope: !327)
!340 = !DILocation(line: 38, column: 104, scope: !327)
!341 = !DILocation(line: 38, column: 102, scope: !327)
!342 = !DILocation(line: 38, column: 78, scope: !327)
!343 = distinct !{!343, !318, !344, !260}
!344 = !DILocation(line: 38, column: 107, scope: !314)
!345 = !DILocation(line: 39, column: 12, scope: !314)
!346 = !DILocation(line: 39, column: 5, scope: !314)
!347 = distinct !DISubprogram(name: "term", scope: !2, file: !2, line: 31, type: !62, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !64)
!348 = !DILocalVariable(name: "v", scope: !347, file: !2, line: 32, type: !52)
!349 = !DILocation(line: 32, column: 9, scope: !347)
!350 = !DILocation(line: 32, column: 13, scope: !347)
!351 = !DILocation(line: 33, column: 5, scope: !347)
!352 = !DILocation(line: 33, column: 13, scope: !347)
!353 = !DILocation(line: 33, column: 12, scope: !347)
!354 = !DILocation(line: 33, column: 17, scope: !347)
!355 = !DILocation(line: 33, column: 24, scope: !347)
!356 = !DILocation(line: 33, column: 28, scope: !347)
!357 = !DILocation(line: 33, column: 27, scope: !347)
!358 = !DILocation(line: 33, column: 32, scope: !347)
!359 = !DILocalVariable(name: "op", scope: !360, file: !2, line: 33, type: !4)
!360 = distinct !DILexicalBlock(scope: !347, file: !2, line: 33, column: 40)
!361 = !DILocation(line: 33, column: 47, scope: !360)
!362 = !DILocation(line: 33, column: 56, scope: !360)
!363 = !DILocation(line: 33, column: 52, scope: !360)
!364 = !DILocalVariable(name: "r", scope: !360, file: !2, line: 33, type: !52)
!365 = !DILocation(line: 33, column: 64, scope: !360)
!366 = !DILocation(line: 33, column: 68, scope: !360)
!367 = !DILocation(line: 33, column: 82, scope: !360)
!368 = !DILocation(line: 33, column: 85, scope: !360)
!369 = !DILocation(line: 33, column: 94, scope: !360)
!370 = !DILocation(line: 33, column: 98, scope: !360)
!371 = !DILocation(line: 33, column: 96, scope: !360)
!372 = !DILocation(line: 33, column: 102, scope: !360)
!373 = !DILocation(line: 33, column: 106, scope: !360)
!374 = !DILocation(line: 33, column: 104, scope: !360)
!375 = !DILocation(line: 33, column: 80, scope: !360)
!376 = distinct !{!376, !351, !377, !260}
!377 = !DILocation(line: 33, column: 109, scope: !347)
!378 = !DILocation(line: 34, column: 12, scope: !347)
!379 = !DILocation(line: 34, column: 5, scope: !347)
!380 = distinct !DISubprogram(name: "factor", scope: !2, file: !2, line: 26, type: !62, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !64)
!381 = !DILocation(line: 27, column: 10, scope: !382)
!382 = distinct !DILexicalBlock(scope: !380, file: !2, line: 27, column: 9)
!383 = !DILocation(line: 27, column: 9, scope: !382)
!384 = !DILocation(line: 27, column: 14, scope: !382)
!385 = !DILocation(line: 27, column: 27, scope: !386)
!386 = distinct !DILexicalBlock(scope: !382, file: !2, line: 27, column: 22)
!387 = !DILocalVariable(name: "v", scope: !386, file: !2, line: 27, type: !52)
!388 = !DILocation(line: 27, column: 35, scope: !386)
!389 = !DILocation(line: 27, column: 39, scope: !386)
!390 = !DILocation(line: 27, column: 50, scope: !386)
!391 = !DILocation(line: 27, column: 61, scope: !386)
!392 = !DILocation(line: 27, column: 54, scope: !386)
!393 = !DILocation(line: 28, column: 10, scope: !394)
!394 = distinct !DILexicalBlock(scope: !380, file: !2, line: 28, column: 9)
!395 = !DILocation(line: 28, column: 9, scope: !394)
!396 = !DILocation(line: 28, column: 14, scope: !394)
!397 = !DILocation(line: 28, column: 27, scope: !398)
!398 = distinct !DILexicalBlock(scope: !394, file: !2, line: 28, column: 22)
!399 = !DILocation(line: 28, column: 39, scope: !398)
!400 = !DILocation(line: 28, column: 38, scope: !398)
!401 = !DILocation(line: 28, column: 31, scope: !398)
!402 = !DILocation(line: 29, column: 12, scope: !380)
!403 = !DILocation(line: 29, column: 5, scope: !380)
!404 = !DILocation(line: 30, column: 1, scope: !380)
!405 = distinct !DISubprogram(name: "number", scope: !2, file: !2, line: 25, type: !62, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !64)
!406 = !DILocalVariable(name: "v", scope: !405, file: !2, line: 25, type: !52)
!407 = !DILocation(line: 25, column: 31, scope: !405)
!408 = !DILocation(line: 25, column: 38, scope: !405)
!409 = !DILocation(line: 25, column: 46, scope: !405)
!410 = !DILocation(line: 25, column: 45, scope: !405)
!411 = !DILocation(line: 25, column: 50, scope: !405)
!412 = !DILocation(line: 25, column: 57, scope: !405)
!413 = !DILocation(line: 25, column: 61, scope: !405)
!414 = !DILocation(line: 25, column: 60, scope: !405)
!415 = !DILocation(line: 25, column: 65, scope: !405)
!416 = !DILocation(line: 0, scope: !405)
!417 = !DILocation(line: 25, column: 77, scope: !405)
!418 = !DILocation(line: 25, column: 79, scope: !405)
!419 = !DILocation(line: 25, column: 91, scope: !405)
!420 = !DILocation(line: 25, column: 87, scope: !405)
!421 = !DILocation(line: 25, column: 94, scope: !405)
!422 = !DILocation(line: 25, column: 84, scope: !405)
!423 = !DILocation(line: 25, column: 75, scope: !405)
!424 = distinct !{!424, !408, !425, !260}
!425 = !DILocation(line: 25, column: 99, scope: !405)
!426 = !DILocation(line: 25, column: 109, scope: !405)
!427 = !DILocation(line: 25, column: 102, scope: !405)
