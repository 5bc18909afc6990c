; ModuleID = 'recursion.c'
source_filename = "recursion.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
@src = internal global ptr null, align 8, !dbg !53

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !65 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x i32], align 16
  %3 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  %4 = call i32 @fib(i32 noundef 20), !dbg !69
  %5 = call i32 @fib(i32 noundef 24), !dbg !70
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %4, i32 noundef %5), !dbg !71
  %7 = call i32 @ack(i32 noundef 2, i32 noundef 3), !dbg !72
  %8 = call i32 @ack(i32 noundef 3, i32 noundef 4), !dbg !73
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %7, i32 noundef %8), !dbg !74
  %10 = call i64 @gcd(i64 noundef 1071, i64 noundef 462), !dbg !75
  %11 = call i64 @gcd(i64 noundef 9223372036854775806, i64 noundef 6148914691236517204), !dbg !76
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %10, i64 noundef %11), !dbg !77
  call void @hanoi(i32 noundef 12, i32 noundef 1, i32 noundef 3, i32 noundef 2), !dbg !78
  %13 = load i32, ptr @moves, align 4, !dbg !79
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %13), !dbg !80
  %15 = call i32 @is_even(i32 noundef 1000), !dbg !81
  %16 = call i32 @is_even(i32 noundef 777), !dbg !82
  %17 = call i32 @is_odd(i32 noundef 333), !dbg !83
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %15, i32 noundef %16, i32 noundef %17), !dbg !84
  %19 = call i32 @eval(ptr noundef @.str.6), !dbg !85
  %20 = call i32 @eval(ptr noundef @.str.7), !dbg !86
  %21 = call i32 @eval(ptr noundef @.str.8), !dbg !87
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %19, i32 noundef %20, i32 noundef %21), !dbg !88
    #dbg_declare(ptr %2, !89, !DIExpression(), !91)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.a, i64 24, i1 false), !dbg !91
    #dbg_declare(ptr %3, !92, !DIExpression(), !94)
  store i64 0, ptr %3, align 8, !dbg !94
  %23 = getelementptr inbounds [6 x i32], ptr %2, i64 0, i64 0, !dbg !95
  call void @permute(ptr noundef %23, i32 noundef 0, i32 noundef 6, ptr noundef %3), !dbg !96
  %24 = load i32, ptr @perm_count, align 4, !dbg !97
  %25 = load i64, ptr %3, align 8, !dbg !98
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %24, i64 noundef %25), !dbg !99
  %27 = call i32 @fib(i32 noundef 10), !dbg !100
  %28 = srem i32 %27, 50, !dbg !101
  ret i32 %28, !dbg !102
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @fib(i32 noundef %0) #0 !dbg !103 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !106, !DIExpression(), !107)
  %3 = load i32, ptr %2, align 4, !dbg !108
  %4 = icmp slt i32 %3, 2, !dbg !109
  br i1 %4, label %5, label %7, !dbg !108

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4, !dbg !110
  br label %15, !dbg !108

7:                                                ; preds = %1
  %8 = load i32, ptr %2, align 4, !dbg !111
  %9 = sub nsw i32 %8, 1, !dbg !112
  %10 = call i32 @fib(i32 noundef %9), !dbg !113
  %11 = load i32, ptr %2, align 4, !dbg !114
  %12 = sub nsw i32 %11, 2, !dbg !115
  %13 = call i32 @fib(i32 noundef %12), !dbg !116
  %14 = add nsw i32 %10, %13, !dbg !117
  br label %15, !dbg !108

15:                                               ; preds = %7, %5
  %16 = phi i32 [ %6, %5 ], [ %14, %7 ], !dbg !108
  ret i32 %16, !dbg !118
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @ack(i32 noundef %0, i32 noundef %1) #0 !dbg !119 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !123, !DIExpression(), !124)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !125, !DIExpression(), !126)
  %6 = load i32, ptr %4, align 4, !dbg !127
  %7 = icmp eq i32 %6, 0, !dbg !129
  br i1 %7, label %8, label %11, !dbg !129

8:                                                ; preds = %2
  %9 = load i32, ptr %5, align 4, !dbg !130
  %10 = add i32 %9, 1, !dbg !131
  store i32 %10, ptr %3, align 4, !dbg !132
  br label %26, !dbg !132

11:                                               ; preds = %2
  %12 = load i32, ptr %5, align 4, !dbg !133
  %13 = icmp eq i32 %12, 0, !dbg !135
  br i1 %13, label %14, label %18, !dbg !135

14:                                               ; preds = %11
  %15 = load i32, ptr %4, align 4, !dbg !136
  %16 = sub i32 %15, 1, !dbg !137
  %17 = call i32 @ack(i32 noundef %16, i32 noundef 1), !dbg !138
  store i32 %17, ptr %3, align 4, !dbg !139
  br label %26, !dbg !139

18:                                               ; preds = %11
  %19 = load i32, ptr %4, align 4, !dbg !140
  %20 = sub i32 %19, 1, !dbg !141
  %21 = load i32, ptr %4, align 4, !dbg !142
  %22 = load i32, ptr %5, align 4, !dbg !143
  %23 = sub i32 %22, 1, !dbg !144
  %24 = call i32 @ack(i32 noundef %21, i32 noundef %23), !dbg !145
  %25 = call i32 @ack(i32 noundef %20, i32 noundef %24), !dbg !146
  store i32 %25, ptr %3, align 4, !dbg !147
  br label %26, !dbg !147

26:                                               ; preds = %18, %14, %8
  %27 = load i32, ptr %3, align 4, !dbg !148
  ret i32 %27, !dbg !148
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @gcd(i64 noundef %0, i64 noundef %1) #0 !dbg !149 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
    #dbg_declare(ptr %3, !152, !DIExpression(), !153)
  store i64 %1, ptr %4, align 8
    #dbg_declare(ptr %4, !154, !DIExpression(), !155)
  %5 = load i64, ptr %4, align 8, !dbg !156
  %6 = icmp eq i64 %5, 0, !dbg !157
  br i1 %6, label %7, label %9, !dbg !156

7:                                                ; preds = %2
  %8 = load i64, ptr %3, align 8, !dbg !158
  br label %15, !dbg !156

9:                                                ; preds = %2
  %10 = load i64, ptr %4, align 8, !dbg !159
  %11 = load i64, ptr %3, align 8, !dbg !160
  %12 = load i64, ptr %4, align 8, !dbg !161
  %13 = srem i64 %11, %12, !dbg !162
  %14 = call i64 @gcd(i64 noundef %10, i64 noundef %13), !dbg !163
  br label %15, !dbg !156

15:                                               ; preds = %9, %7
  %16 = phi i64 [ %8, %7 ], [ %14, %9 ], !dbg !156
  ret i64 %16, !dbg !164
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @hanoi(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 !dbg !165 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
    #dbg_declare(ptr %5, !168, !DIExpression(), !169)
  store i32 %1, ptr %6, align 4
    #dbg_declare(ptr %6, !170, !DIExpression(), !171)
  store i32 %2, ptr %7, align 4
    #dbg_declare(ptr %7, !172, !DIExpression(), !173)
  store i32 %3, ptr %8, align 4
    #dbg_declare(ptr %8, !174, !DIExpression(), !175)
  %9 = load i32, ptr %5, align 4, !dbg !176
  %10 = icmp eq i32 %9, 0, !dbg !178
  br i1 %10, label %11, label %12, !dbg !178

11:                                               ; preds = %4
  br label %25, !dbg !179

12:                                               ; preds = %4
  %13 = load i32, ptr %5, align 4, !dbg !180
  %14 = sub nsw i32 %13, 1, !dbg !181
  %15 = load i32, ptr %6, align 4, !dbg !182
  %16 = load i32, ptr %8, align 4, !dbg !183
  %17 = load i32, ptr %7, align 4, !dbg !184
  call void @hanoi(i32 noundef %14, i32 noundef %15, i32 noundef %16, i32 noundef %17), !dbg !185
  %18 = load i32, ptr @moves, align 4, !dbg !186
  %19 = add nsw i32 %18, 1, !dbg !186
  store i32 %19, ptr @moves, align 4, !dbg !186
  %20 = load i32, ptr %5, align 4, !dbg !187
  %21 = sub nsw i32 %20, 1, !dbg !188
  %22 = load i32, ptr %8, align 4, !dbg !189
  %23 = load i32, ptr %7, align 4, !dbg !190
  %24 = load i32, ptr %6, align 4, !dbg !191
  call void @hanoi(i32 noundef %21, i32 noundef %22, i32 noundef %23, i32 noundef %24), !dbg !192
  br label %25, !dbg !193

25:                                               ; preds = %12, %11
  ret void, !dbg !193
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @is_even(i32 noundef %0) #0 !dbg !194 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !197, !DIExpression(), !198)
  %3 = load i32, ptr %2, align 4, !dbg !199
  %4 = icmp eq i32 %3, 0, !dbg !200
  br i1 %4, label %5, label %6, !dbg !199

5:                                                ; preds = %1
  br label %10, !dbg !199

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4, !dbg !201
  %8 = sub i32 %7, 1, !dbg !202
  %9 = call i32 @is_odd(i32 noundef %8), !dbg !203
  br label %10, !dbg !199

10:                                               ; preds = %6, %5
  %11 = phi i32 [ 1, %5 ], [ %9, %6 ], !dbg !199
  ret i32 %11, !dbg !204
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @is_odd(i32 noundef %0) #0 !dbg !205 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !206, !DIExpression(), !207)
  %3 = load i32, ptr %2, align 4, !dbg !208
  %4 = icmp eq i32 %3, 0, !dbg !209
  br i1 %4, label %5, label %6, !dbg !208

5:                                                ; preds = %1
  br label %10, !dbg !208

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4, !dbg !210
  %8 = sub i32 %7, 1, !dbg !211
  %9 = call i32 @is_even(i32 noundef %8), !dbg !212
  br label %10, !dbg !208

10:                                               ; preds = %6, %5
  %11 = phi i32 [ 0, %5 ], [ %9, %6 ], !dbg !208
  ret i32 %11, !dbg !213
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @eval(ptr noundef %0) #0 !dbg !214 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !217, !DIExpression(), !218)
  %3 = load ptr, ptr %2, align 8, !dbg !219
  store ptr %3, ptr @src, align 8, !dbg !220
  %4 = call i32 @expr(), !dbg !221
  ret i32 %4, !dbg !222
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @permute(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 !dbg !223 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
    #dbg_declare(ptr %5, !228, !DIExpression(), !229)
  store i32 %1, ptr %6, align 4
    #dbg_declare(ptr %6, !230, !DIExpression(), !231)
  store i32 %2, ptr %7, align 4
    #dbg_declare(ptr %7, !232, !DIExpression(), !233)
  store ptr %3, ptr %8, align 8
    #dbg_declare(ptr %8, !234, !DIExpression(), !235)
  %13 = load i32, ptr %6, align 4, !dbg !236
  %14 = load i32, ptr %7, align 4, !dbg !238
  %15 = icmp eq i32 %13, %14, !dbg !239
  br i1 %15, label %16, label %42, !dbg !239

16:                                               ; preds = %4
  %17 = load i32, ptr @perm_count, align 4, !dbg !240
  %18 = add nsw i32 %17, 1, !dbg !240
  store i32 %18, ptr @perm_count, align 4, !dbg !240
    #dbg_declare(ptr %9, !242, !DIExpression(), !243)
  store i64 0, ptr %9, align 8, !dbg !243
    #dbg_declare(ptr %10, !244, !DIExpression(), !246)
  store i32 0, ptr %10, align 4, !dbg !246
  br label %19, !dbg !247

19:                                               ; preds = %33, %16
  %20 = load i32, ptr %10, align 4, !dbg !248
  %21 = load i32, ptr %7, align 4, !dbg !250
  %22 = icmp slt i32 %20, %21, !dbg !251
  br i1 %22, label %23, label %36, !dbg !252

23:                                               ; preds = %19
  %24 = load i64, ptr %9, align 8, !dbg !253
  %25 = mul nsw i64 %24, 10, !dbg !254
  %26 = load ptr, ptr %5, align 8, !dbg !255
  %27 = load i32, ptr %10, align 4, !dbg !256
  %28 = sext i32 %27 to i64, !dbg !255
  %29 = getelementptr inbounds i32, ptr %26, i64 %28, !dbg !255
  %30 = load i32, ptr %29, align 4, !dbg !255
  %31 = sext i32 %30 to i64, !dbg !255
  %32 = add nsw i64 %25, %31, !dbg !257
  store i64 %32, ptr %9, align 8, !dbg !258
  br label %33, !dbg !259

33:                                               ; preds = %23
  %34 = load i32, ptr %10, align 4, !dbg !260
  %35 = add nsw i32 %34, 1, !dbg !260
  store i32 %35, ptr %10, align 4, !dbg !260
  br label %19, !dbg !261, !llvm.loop !262

36:                                               ; preds = %19
  %37 = load i64, ptr %9, align 8, !dbg !265
  %38 = srem i64 %37, 97, !dbg !266
  %39 = load ptr, ptr %8, align 8, !dbg !267
  %40 = load i64, ptr %39, align 8, !dbg !268
  %41 = add nsw i64 %40, %38, !dbg !268
  store i64 %41, ptr %39, align 8, !dbg !268
  br label %95, !dbg !269

42:                                               ; preds = %4
    #dbg_declare(ptr %11, !270, !DIExpression(), !272)
  %43 = load i32, ptr %6, align 4, !dbg !273
  store i32 %43, ptr %11, align 4, !dbg !272
  br label %44, !dbg !274

44:                                               ; preds = %92, %42
  %45 = load i32, ptr %11, align 4, !dbg !275
  %46 = load i32, ptr %7, align 4, !dbg !277
  %47 = icmp slt i32 %45, %46, !dbg !278
  br i1 %47, label %48, label %95, !dbg !279

48:                                               ; preds = %44
    #dbg_declare(ptr %12, !280, !DIExpression(), !282)
  %49 = load ptr, ptr %5, align 8, !dbg !283
  %50 = load i32, ptr %6, align 4, !dbg !284
  %51 = sext i32 %50 to i64, !dbg !283
  %52 = getelementptr inbounds i32, ptr %49, i64 %51, !dbg !283
  %53 = load i32, ptr %52, align 4, !dbg !283
  store i32 %53, ptr %12, align 4, !dbg !282
  %54 = load ptr, ptr %5, align 8, !dbg !285
  %55 = load i32, ptr %11, align 4, !dbg !286
  %56 = sext i32 %55 to i64, !dbg !285
  %57 = getelementptr inbounds i32, ptr %54, i64 %56, !dbg !285
  %58 = load i32, ptr %57, align 4, !dbg !285
  %59 = load ptr, ptr %5, align 8, !dbg !287
  %60 = load i32, ptr %6, align 4, !dbg !288
  %61 = sext i32 %60 to i64, !dbg !287
  %62 = getelementptr inbounds i32, ptr %59, i64 %61, !dbg !287
  store i32 %58, ptr %62, align 4, !dbg !289
  %63 = load i32, ptr %12, align 4, !dbg !290
  %64 = load ptr, ptr %5, align 8, !dbg !291
  %65 = load i32, ptr %11, align 4, !dbg !292
  %66 = sext i32 %65 to i64, !dbg !291
  %67 = getelementptr inbounds i32, ptr %64, i64 %66, !dbg !291
  store i32 %63, ptr %67, align 4, !dbg !293
  %68 = load ptr, ptr %5, align 8, !dbg !294
  %69 = load i32, ptr %6, align 4, !dbg !295
  %70 = add nsw i32 %69, 1, !dbg !296
  %71 = load i32, ptr %7, align 4, !dbg !297
  %72 = load ptr, ptr %8, align 8, !dbg !298
  call void @permute(ptr noundef %68, i32 noundef %70, i32 noundef %71, ptr noundef %72), !dbg !299
  %73 = load ptr, ptr %5, align 8, !dbg !300
  %74 = load i32, ptr %6, align 4, !dbg !301
  %75 = sext i32 %74 to i64, !dbg !300
  %76 = getelementptr inbounds i32, ptr %73, i64 %75, !dbg !300
  %77 = load i32, ptr %76, align 4, !dbg !300
  store i32 %77, ptr %12, align 4, !dbg !302
  %78 = load ptr, ptr %5, align 8, !dbg !303
  %79 = load i32, ptr %11, align 4, !dbg !304
  %80 = sext i32 %79 to i64, !dbg !303
  %81 = getelementptr inbounds i32, ptr %78, i64 %80, !dbg !303
  %82 = load i32, ptr %81, align 4, !dbg !303
  %83 = load ptr, ptr %5, align 8, !dbg !305
  %84 = load i32, ptr %6, align 4, !dbg !306
  %85 = sext i32 %84 to i64, !dbg !305
  %86 = getelementptr inbounds i32, ptr %83, i64 %85, !dbg !305
  store i32 %82, ptr %86, align 4, !dbg !307
  %87 = load i32, ptr %12, align 4, !dbg !308
  %88 = load ptr, ptr %5, align 8, !dbg !309
  %89 = load i32, ptr %11, align 4, !dbg !310
  %90 = sext i32 %89 to i64, !dbg !309
  %91 = getelementptr inbounds i32, ptr %88, i64 %90, !dbg !309
  store i32 %87, ptr %91, align 4, !dbg !311
  br label %92, !dbg !312

92:                                               ; preds = %48
  %93 = load i32, ptr %11, align 4, !dbg !313
  %94 = add nsw i32 %93, 1, !dbg !313
  store i32 %94, ptr %11, align 4, !dbg !313
  br label %44, !dbg !314, !llvm.loop !315

95:                                               ; preds = %36, %44
  ret void, !dbg !317
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @expr() #0 !dbg !318 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i32, align 4
    #dbg_declare(ptr %1, !319, !DIExpression(), !320)
  %4 = call i32 @term(), !dbg !321
  store i32 %4, ptr %1, align 4, !dbg !320
  br label %5, !dbg !322

5:                                                ; preds = %33, %0
  %6 = load ptr, ptr @src, align 8, !dbg !323
  %7 = load i8, ptr %6, align 1, !dbg !324
  %8 = sext i8 %7 to i32, !dbg !324
  %9 = icmp eq i32 %8, 43, !dbg !325
  br i1 %9, label %15, label %10, !dbg !326

10:                                               ; preds = %5
  %11 = load ptr, ptr @src, align 8, !dbg !327
  %12 = load i8, ptr %11, align 1, !dbg !328
  %13 = sext i8 %12 to i32, !dbg !328
  %14 = icmp eq i32 %13, 45, !dbg !329
  br label %15, !dbg !326

15:                                               ; preds = %10, %5
  %16 = phi i1 [ true, %5 ], [ %14, %10 ]
  br i1 %16, label %17, label %35, !dbg !322

17:                                               ; preds = %15
    #dbg_declare(ptr %2, !330, !DIExpression(), !332)
  %18 = load ptr, ptr @src, align 8, !dbg !333
  %19 = getelementptr inbounds nuw i8, ptr %18, i32 1, !dbg !333
  store ptr %19, ptr @src, align 8, !dbg !333
  %20 = load i8, ptr %18, align 1, !dbg !334
  store i8 %20, ptr %2, align 1, !dbg !332
    #dbg_declare(ptr %3, !335, !DIExpression(), !336)
  %21 = call i32 @term(), !dbg !337
  store i32 %21, ptr %3, align 4, !dbg !336
  %22 = load i8, ptr %2, align 1, !dbg !338
  %23 = sext i8 %22 to i32, !dbg !338
  %24 = icmp eq i32 %23, 43, !dbg !339
  br i1 %24, label %25, label %29, !dbg !338

25:                                               ; preds = %17
  %26 = load i32, ptr %1, align 4, !dbg !340
  %27 = load i32, ptr %3, align 4, !dbg !341
  %28 = add nsw i32 %26, %27, !dbg !342
  br label %33, !dbg !338

29:                                               ; preds = %17
  %30 = load i32, ptr %1, align 4, !dbg !343
  %31 = load i32, ptr %3, align 4, !dbg !344
  %32 = sub nsw i32 %30, %31, !dbg !345
  br label %33, !dbg !338

33:                                               ; preds = %29, %25
  %34 = phi i32 [ %28, %25 ], [ %32, %29 ], !dbg !338
  store i32 %34, ptr %1, align 4, !dbg !346
  br label %5, !dbg !322, !llvm.loop !347

35:                                               ; preds = %15
  %36 = load i32, ptr %1, align 4, !dbg !349
  ret i32 %36, !dbg !350
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @term() #0 !dbg !351 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i32, align 4
    #dbg_declare(ptr %1, !352, !DIExpression(), !353)
  %4 = call i32 @factor(), !dbg !354
  store i32 %4, ptr %1, align 4, !dbg !353
  br label %5, !dbg !355

5:                                                ; preds = %33, %0
  %6 = load ptr, ptr @src, align 8, !dbg !356
  %7 = load i8, ptr %6, align 1, !dbg !357
  %8 = sext i8 %7 to i32, !dbg !357
  %9 = icmp eq i32 %8, 42, !dbg !358
  br i1 %9, label %15, label %10, !dbg !359

10:                                               ; preds = %5
  %11 = load ptr, ptr @src, align 8, !dbg !360
  %12 = load i8, ptr %11, align 1, !dbg !361
  %13 = sext i8 %12 to i32, !dbg !361
  %14 = icmp eq i32 %13, 47, !dbg !362
  br label %15, !dbg !359

15:                                               ; preds = %10, %5
  %16 = phi i1 [ true, %5 ], [ %14, %10 ]
  br i1 %16, label %17, label %35, !dbg !355

17:                                               ; preds = %15
    #dbg_declare(ptr %2, !363, !DIExpression(), !365)
  %18 = load ptr, ptr @src, align 8, !dbg !366
  %19 = getelementptr inbounds nuw i8, ptr %18, i32 1, !dbg !366
  store ptr %19, ptr @src, align 8, !dbg !366
  %20 = load i8, ptr %18, align 1, !dbg !367
  store i8 %20, ptr %2, align 1, !dbg !365
    #dbg_declare(ptr %3, !368, !DIExpression(), !369)
  %21 = call i32 @factor(), !dbg !370
  store i32 %21, ptr %3, align 4, !dbg !369
  %22 = load i8, ptr %2, align 1, !dbg !371
  %23 = sext i8 %22 to i32, !dbg !371
  %24 = icmp eq i32 %23, 42, !dbg !372
  br i1 %24, label %25, label %29, !dbg !371

25:                                               ; preds = %17
  %26 = load i32, ptr %1, align 4, !dbg !373
  %27 = load i32, ptr %3, align 4, !dbg !374
  %28 = mul nsw i32 %26, %27, !dbg !375
  br label %33, !dbg !371

29:                                               ; preds = %17
  %30 = load i32, ptr %1, align 4, !dbg !376
  %31 = load i32, ptr %3, align 4, !dbg !377
  %32 = sdiv i32 %30, %31, !dbg !378
  br label %33, !dbg !371

33:                                               ; preds = %29, %25
  %34 = phi i32 [ %28, %25 ], [ %32, %29 ], !dbg !371
  store i32 %34, ptr %1, align 4, !dbg !379
  br label %5, !dbg !355, !llvm.loop !380

35:                                               ; preds = %15
  %36 = load i32, ptr %1, align 4, !dbg !382
  ret i32 %36, !dbg !383
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @factor() #0 !dbg !384 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = load ptr, ptr @src, align 8, !dbg !385
  %4 = load i8, ptr %3, align 1, !dbg !387
  %5 = sext i8 %4 to i32, !dbg !387
  %6 = icmp eq i32 %5, 40, !dbg !388
  br i1 %6, label %7, label %14, !dbg !388

7:                                                ; preds = %0
  %8 = load ptr, ptr @src, align 8, !dbg !389
  %9 = getelementptr inbounds nuw i8, ptr %8, i32 1, !dbg !389
  store ptr %9, ptr @src, align 8, !dbg !389
    #dbg_declare(ptr %2, !391, !DIExpression(), !392)
  %10 = call i32 @expr(), !dbg !393
  store i32 %10, ptr %2, align 4, !dbg !392
  %11 = load ptr, ptr @src, align 8, !dbg !394
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1, !dbg !394
  store ptr %12, ptr @src, align 8, !dbg !394
  %13 = load i32, ptr %2, align 4, !dbg !395
  store i32 %13, ptr %1, align 4, !dbg !396
  br label %26, !dbg !396

14:                                               ; preds = %0
  %15 = load ptr, ptr @src, align 8, !dbg !397
  %16 = load i8, ptr %15, align 1, !dbg !399
  %17 = sext i8 %16 to i32, !dbg !399
  %18 = icmp eq i32 %17, 45, !dbg !400
  br i1 %18, label %19, label %24, !dbg !400

19:                                               ; preds = %14
  %20 = load ptr, ptr @src, align 8, !dbg !401
  %21 = getelementptr inbounds nuw i8, ptr %20, i32 1, !dbg !401
  store ptr %21, ptr @src, align 8, !dbg !401
  %22 = call i32 @factor(), !dbg !403
  %23 = sub nsw i32 0, %22, !dbg !404
  store i32 %23, ptr %1, align 4, !dbg !405
  br label %26, !dbg !405

24:                                               ; preds = %14
  %25 = call i32 @number(), !dbg !406
  store i32 %25, ptr %1, align 4, !dbg !407
  br label %26, !dbg !407

26:                                               ; preds = %24, %19, %7
  %27 = load i32, ptr %1, align 4, !dbg !408
  ret i32 %27, !dbg !408
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @number() #0 !dbg !409 {
  %1 = alloca i32, align 4
    #dbg_declare(ptr %1, !410, !DIExpression(), !411)
  store i32 0, ptr %1, align 4, !dbg !411
  br label %2, !dbg !412

2:                                                ; preds = %14, %0
  %3 = load ptr, ptr @src, align 8, !dbg !413
  %4 = load i8, ptr %3, align 1, !dbg !414
  %5 = sext i8 %4 to i32, !dbg !414
  %6 = icmp sge i32 %5, 48, !dbg !415
  br i1 %6, label %7, label %12, !dbg !416

7:                                                ; preds = %2
  %8 = load ptr, ptr @src, align 8, !dbg !417
  %9 = load i8, ptr %8, align 1, !dbg !418
  %10 = sext i8 %9 to i32, !dbg !418
  %11 = icmp sle i32 %10, 57, !dbg !419
  br label %12

12:                                               ; preds = %7, %2
  %13 = phi i1 [ false, %2 ], [ %11, %7 ], !dbg !420
  br i1 %13, label %14, label %23, !dbg !412

14:                                               ; preds = %12
  %15 = load i32, ptr %1, align 4, !dbg !421
  %16 = mul nsw i32 %15, 10, !dbg !422
  %17 = load ptr, ptr @src, align 8, !dbg !423
  %18 = getelementptr inbounds nuw i8, ptr %17, i32 1, !dbg !423
  store ptr %18, ptr @src, align 8, !dbg !423
  %19 = load i8, ptr %17, align 1, !dbg !424
  %20 = sext i8 %19 to i32, !dbg !424
  %21 = sub nsw i32 %20, 48, !dbg !425
  %22 = add nsw i32 %16, %21, !dbg !426
  store i32 %22, ptr %1, align 4, !dbg !427
  br label %2, !dbg !412, !llvm.loop !428

23:                                               ; preds = %12
  %24 = load i32, ptr %1, align 4, !dbg !430
  ret i32 %24, !dbg !431
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.dbg.cu = !{!21}
!llvm.module.flags = !{!57, !58, !59, !60, !61, !62, !63}
!llvm.ident = !{!64}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 60, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "recursion.c", directory: ".", checksumkind: CSK_MD5, checksum: "a5e2f1c14b7aa11ac4ab2b8990b3cb20")
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
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !56, size: 64)
!56 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!57 = !{i32 7, !"Dwarf Version", i32 5}
!58 = !{i32 2, !"Debug Info Version", i32 3}
!59 = !{i32 1, !"wchar_size", i32 4}
!60 = !{i32 8, !"PIC Level", i32 2}
!61 = !{i32 7, !"PIE Level", i32 2}
!62 = !{i32 7, !"uwtable", i32 2}
!63 = !{i32 7, !"frame-pointer", i32 2}
!64 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!65 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 59, type: !66, scopeLine: 59, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !21, retainedNodes: !68)
!66 = !DISubroutineType(types: !67)
!67 = !{!52}
!68 = !{}
!69 = !DILocation(line: 60, column: 27, scope: !65)
!70 = !DILocation(line: 60, column: 36, scope: !65)
!71 = !DILocation(line: 60, column: 5, scope: !65)
!72 = !DILocation(line: 61, column: 27, scope: !65)
!73 = !DILocation(line: 61, column: 38, scope: !65)
!74 = !DILocation(line: 61, column: 5, scope: !65)
!75 = !DILocation(line: 62, column: 31, scope: !65)
!76 = !DILocation(line: 62, column: 47, scope: !65)
!77 = !DILocation(line: 62, column: 5, scope: !65)
!78 = !DILocation(line: 63, column: 5, scope: !65)
!79 = !DILocation(line: 64, column: 26, scope: !65)
!80 = !DILocation(line: 64, column: 5, scope: !65)
!81 = !DILocation(line: 65, column: 35, scope: !65)
!82 = !DILocation(line: 65, column: 50, scope: !65)
!83 = !DILocation(line: 65, column: 64, scope: !65)
!84 = !DILocation(line: 65, column: 5, scope: !65)
!85 = !DILocation(line: 66, column: 31, scope: !65)
!86 = !DILocation(line: 66, column: 46, scope: !65)
!87 = !DILocation(line: 66, column: 67, scope: !65)
!88 = !DILocation(line: 66, column: 5, scope: !65)
!89 = !DILocalVariable(name: "a", scope: !65, file: !2, line: 67, type: !90)
!90 = !DICompositeType(tag: DW_TAG_array_type, baseType: !52, size: 192, elements: !33)
!91 = !DILocation(line: 67, column: 9, scope: !65)
!92 = !DILocalVariable(name: "ck", scope: !65, file: !2, line: 68, type: !93)
!93 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!94 = !DILocation(line: 68, column: 15, scope: !65)
!95 = !DILocation(line: 69, column: 13, scope: !65)
!96 = !DILocation(line: 69, column: 5, scope: !65)
!97 = !DILocation(line: 70, column: 30, scope: !65)
!98 = !DILocation(line: 70, column: 42, scope: !65)
!99 = !DILocation(line: 70, column: 5, scope: !65)
!100 = !DILocation(line: 71, column: 12, scope: !65)
!101 = !DILocation(line: 71, column: 20, scope: !65)
!102 = !DILocation(line: 71, column: 5, scope: !65)
!103 = distinct !DISubprogram(name: "fib", scope: !2, file: !2, line: 5, type: !104, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !68)
!104 = !DISubroutineType(types: !105)
!105 = !{!52, !52}
!106 = !DILocalVariable(name: "n", arg: 1, scope: !103, file: !2, line: 5, type: !52)
!107 = !DILocation(line: 5, column: 20, scope: !103)
!108 = !DILocation(line: 5, column: 32, scope: !103)
!109 = !DILocation(line: 5, column: 34, scope: !103)
!110 = !DILocation(line: 5, column: 40, scope: !103)
!111 = !DILocation(line: 5, column: 48, scope: !103)
!112 = !DILocation(line: 5, column: 50, scope: !103)
!113 = !DILocation(line: 5, column: 44, scope: !103)
!114 = !DILocation(line: 5, column: 61, scope: !103)
!115 = !DILocation(line: 5, column: 63, scope: !103)
!116 = !DILocation(line: 5, column: 57, scope: !103)
!117 = !DILocation(line: 5, column: 55, scope: !103)
!118 = !DILocation(line: 5, column: 25, scope: !103)
!119 = distinct !DISubprogram(name: "ack", scope: !2, file: !2, line: 6, type: !120, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !68)
!120 = !DISubroutineType(types: !121)
!121 = !{!122, !122, !122}
!122 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!123 = !DILocalVariable(name: "m", arg: 1, scope: !119, file: !2, line: 6, type: !122)
!124 = !DILocation(line: 6, column: 30, scope: !119)
!125 = !DILocalVariable(name: "n", arg: 2, scope: !119, file: !2, line: 6, type: !122)
!126 = !DILocation(line: 6, column: 42, scope: !119)
!127 = !DILocation(line: 7, column: 9, scope: !128)
!128 = distinct !DILexicalBlock(scope: !119, file: !2, line: 7, column: 9)
!129 = !DILocation(line: 7, column: 11, scope: !128)
!130 = !DILocation(line: 7, column: 24, scope: !128)
!131 = !DILocation(line: 7, column: 26, scope: !128)
!132 = !DILocation(line: 7, column: 17, scope: !128)
!133 = !DILocation(line: 8, column: 9, scope: !134)
!134 = distinct !DILexicalBlock(scope: !119, file: !2, line: 8, column: 9)
!135 = !DILocation(line: 8, column: 11, scope: !134)
!136 = !DILocation(line: 8, column: 28, scope: !134)
!137 = !DILocation(line: 8, column: 30, scope: !134)
!138 = !DILocation(line: 8, column: 24, scope: !134)
!139 = !DILocation(line: 8, column: 17, scope: !134)
!140 = !DILocation(line: 9, column: 16, scope: !119)
!141 = !DILocation(line: 9, column: 18, scope: !119)
!142 = !DILocation(line: 9, column: 27, scope: !119)
!143 = !DILocation(line: 9, column: 30, scope: !119)
!144 = !DILocation(line: 9, column: 32, scope: !119)
!145 = !DILocation(line: 9, column: 23, scope: !119)
!146 = !DILocation(line: 9, column: 12, scope: !119)
!147 = !DILocation(line: 9, column: 5, scope: !119)
!148 = !DILocation(line: 10, column: 1, scope: !119)
!149 = distinct !DISubprogram(name: "gcd", scope: !2, file: !2, line: 11, type: !150, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !68)
!150 = !DISubroutineType(types: !151)
!151 = !{!93, !93, !93}
!152 = !DILocalVariable(name: "a", arg: 1, scope: !149, file: !2, line: 11, type: !93)
!153 = !DILocation(line: 11, column: 32, scope: !149)
!154 = !DILocalVariable(name: "b", arg: 2, scope: !149, file: !2, line: 11, type: !93)
!155 = !DILocation(line: 11, column: 45, scope: !149)
!156 = !DILocation(line: 11, column: 57, scope: !149)
!157 = !DILocation(line: 11, column: 59, scope: !149)
!158 = !DILocation(line: 11, column: 66, scope: !149)
!159 = !DILocation(line: 11, column: 74, scope: !149)
!160 = !DILocation(line: 11, column: 77, scope: !149)
!161 = !DILocation(line: 11, column: 81, scope: !149)
!162 = !DILocation(line: 11, column: 79, scope: !149)
!163 = !DILocation(line: 11, column: 70, scope: !149)
!164 = !DILocation(line: 11, column: 50, scope: !149)
!165 = distinct !DISubprogram(name: "hanoi", scope: !2, file: !2, line: 13, type: !166, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !68)
!166 = !DISubroutineType(types: !167)
!167 = !{null, !52, !52, !52, !52}
!168 = !DILocalVariable(name: "n", arg: 1, scope: !165, file: !2, line: 13, type: !52)
!169 = !DILocation(line: 13, column: 23, scope: !165)
!170 = !DILocalVariable(name: "from", arg: 2, scope: !165, file: !2, line: 13, type: !52)
!171 = !DILocation(line: 13, column: 30, scope: !165)
!172 = !DILocalVariable(name: "to", arg: 3, scope: !165, file: !2, line: 13, type: !52)
!173 = !DILocation(line: 13, column: 40, scope: !165)
!174 = !DILocalVariable(name: "via", arg: 4, scope: !165, file: !2, line: 13, type: !52)
!175 = !DILocation(line: 13, column: 48, scope: !165)
!176 = !DILocation(line: 14, column: 9, scope: !177)
!177 = distinct !DILexicalBlock(scope: !165, file: !2, line: 14, column: 9)
!178 = !DILocation(line: 14, column: 11, scope: !177)
!179 = !DILocation(line: 14, column: 17, scope: !177)
!180 = !DILocation(line: 15, column: 11, scope: !165)
!181 = !DILocation(line: 15, column: 13, scope: !165)
!182 = !DILocation(line: 15, column: 18, scope: !165)
!183 = !DILocation(line: 15, column: 24, scope: !165)
!184 = !DILocation(line: 15, column: 29, scope: !165)
!185 = !DILocation(line: 15, column: 5, scope: !165)
!186 = !DILocation(line: 16, column: 10, scope: !165)
!187 = !DILocation(line: 17, column: 11, scope: !165)
!188 = !DILocation(line: 17, column: 13, scope: !165)
!189 = !DILocation(line: 17, column: 18, scope: !165)
!190 = !DILocation(line: 17, column: 23, scope: !165)
!191 = !DILocation(line: 17, column: 27, scope: !165)
!192 = !DILocation(line: 17, column: 5, scope: !165)
!193 = !DILocation(line: 18, column: 1, scope: !165)
!194 = distinct !DISubprogram(name: "is_even", scope: !2, file: !2, line: 20, type: !195, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !68)
!195 = !DISubroutineType(types: !196)
!196 = !{!52, !122}
!197 = !DILocalVariable(name: "n", arg: 1, scope: !194, file: !2, line: 20, type: !122)
!198 = !DILocation(line: 20, column: 29, scope: !194)
!199 = !DILocation(line: 20, column: 41, scope: !194)
!200 = !DILocation(line: 20, column: 43, scope: !194)
!201 = !DILocation(line: 20, column: 61, scope: !194)
!202 = !DILocation(line: 20, column: 63, scope: !194)
!203 = !DILocation(line: 20, column: 54, scope: !194)
!204 = !DILocation(line: 20, column: 34, scope: !194)
!205 = distinct !DISubprogram(name: "is_odd", scope: !2, file: !2, line: 21, type: !195, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !68)
!206 = !DILocalVariable(name: "n", arg: 1, scope: !205, file: !2, line: 21, type: !122)
!207 = !DILocation(line: 21, column: 28, scope: !205)
!208 = !DILocation(line: 21, column: 40, scope: !205)
!209 = !DILocation(line: 21, column: 42, scope: !205)
!210 = !DILocation(line: 21, column: 61, scope: !205)
!211 = !DILocation(line: 21, column: 63, scope: !205)
!212 = !DILocation(line: 21, column: 53, scope: !205)
!213 = !DILocation(line: 21, column: 33, scope: !205)
!214 = distinct !DISubprogram(name: "eval", scope: !2, file: !2, line: 41, type: !215, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !68)
!215 = !DISubroutineType(types: !216)
!216 = !{!52, !55}
!217 = !DILocalVariable(name: "s", arg: 1, scope: !214, file: !2, line: 41, type: !55)
!218 = !DILocation(line: 41, column: 29, scope: !214)
!219 = !DILocation(line: 41, column: 40, scope: !214)
!220 = !DILocation(line: 41, column: 38, scope: !214)
!221 = !DILocation(line: 41, column: 50, scope: !214)
!222 = !DILocation(line: 41, column: 43, scope: !214)
!223 = distinct !DISubprogram(name: "permute", scope: !2, file: !2, line: 44, type: !224, scopeLine: 44, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !68)
!224 = !DISubroutineType(types: !225)
!225 = !{null, !226, !52, !52, !227}
!226 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !52, size: 64)
!227 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !93, size: 64)
!228 = !DILocalVariable(name: "a", arg: 1, scope: !223, file: !2, line: 44, type: !226)
!229 = !DILocation(line: 44, column: 26, scope: !223)
!230 = !DILocalVariable(name: "k", arg: 2, scope: !223, file: !2, line: 44, type: !52)
!231 = !DILocation(line: 44, column: 33, scope: !223)
!232 = !DILocalVariable(name: "n", arg: 3, scope: !223, file: !2, line: 44, type: !52)
!233 = !DILocation(line: 44, column: 40, scope: !223)
!234 = !DILocalVariable(name: "checksum", arg: 4, scope: !223, file: !2, line: 44, type: !227)
!235 = !DILocation(line: 44, column: 54, scope: !223)
!236 = !DILocation(line: 45, column: 9, scope: !237)
!237 = distinct !DILexicalBlock(scope: !223, file: !2, line: 45, column: 9)
!238 = !DILocation(line: 45, column: 14, scope: !237)
!239 = !DILocation(line: 45, column: 11, scope: !237)
!240 = !DILocation(line: 46, column: 19, scope: !241)
!241 = distinct !DILexicalBlock(scope: !237, file: !2, line: 45, column: 17)
!242 = !DILocalVariable(name: "v", scope: !241, file: !2, line: 47, type: !93)
!243 = !DILocation(line: 47, column: 19, scope: !241)
!244 = !DILocalVariable(name: "i", scope: !245, file: !2, line: 48, type: !52)
!245 = distinct !DILexicalBlock(scope: !241, file: !2, line: 48, column: 9)
!246 = !DILocation(line: 48, column: 18, scope: !245)
!247 = !DILocation(line: 48, column: 14, scope: !245)
!248 = !DILocation(line: 48, column: 25, scope: !249)
!249 = distinct !DILexicalBlock(scope: !245, file: !2, line: 48, column: 9)
!250 = !DILocation(line: 48, column: 29, scope: !249)
!251 = !DILocation(line: 48, column: 27, scope: !249)
!252 = !DILocation(line: 48, column: 9, scope: !245)
!253 = !DILocation(line: 48, column: 41, scope: !249)
!254 = !DILocation(line: 48, column: 43, scope: !249)
!255 = !DILocation(line: 48, column: 50, scope: !249)
!256 = !DILocation(line: 48, column: 52, scope: !249)
!257 = !DILocation(line: 48, column: 48, scope: !249)
!258 = !DILocation(line: 48, column: 39, scope: !249)
!259 = !DILocation(line: 48, column: 37, scope: !249)
!260 = !DILocation(line: 48, column: 33, scope: !249)
!261 = !DILocation(line: 48, column: 9, scope: !249)
!262 = distinct !{!262, !252, !263, !264}
!263 = !DILocation(line: 48, column: 53, scope: !245)
!264 = !{!"llvm.loop.mustprogress"}
!265 = !DILocation(line: 49, column: 22, scope: !241)
!266 = !DILocation(line: 49, column: 24, scope: !241)
!267 = !DILocation(line: 49, column: 10, scope: !241)
!268 = !DILocation(line: 49, column: 19, scope: !241)
!269 = !DILocation(line: 50, column: 9, scope: !241)
!270 = !DILocalVariable(name: "i", scope: !271, file: !2, line: 52, type: !52)
!271 = distinct !DILexicalBlock(scope: !223, file: !2, line: 52, column: 5)
!272 = !DILocation(line: 52, column: 14, scope: !271)
!273 = !DILocation(line: 52, column: 18, scope: !271)
!274 = !DILocation(line: 52, column: 10, scope: !271)
!275 = !DILocation(line: 52, column: 21, scope: !276)
!276 = distinct !DILexicalBlock(scope: !271, file: !2, line: 52, column: 5)
!277 = !DILocation(line: 52, column: 25, scope: !276)
!278 = !DILocation(line: 52, column: 23, scope: !276)
!279 = !DILocation(line: 52, column: 5, scope: !271)
!280 = !DILocalVariable(name: "t", scope: !281, file: !2, line: 53, type: !52)
!281 = distinct !DILexicalBlock(scope: !276, file: !2, line: 52, column: 33)
!282 = !DILocation(line: 53, column: 13, scope: !281)
!283 = !DILocation(line: 53, column: 17, scope: !281)
!284 = !DILocation(line: 53, column: 19, scope: !281)
!285 = !DILocation(line: 53, column: 30, scope: !281)
!286 = !DILocation(line: 53, column: 32, scope: !281)
!287 = !DILocation(line: 53, column: 23, scope: !281)
!288 = !DILocation(line: 53, column: 25, scope: !281)
!289 = !DILocation(line: 53, column: 28, scope: !281)
!290 = !DILocation(line: 53, column: 43, scope: !281)
!291 = !DILocation(line: 53, column: 36, scope: !281)
!292 = !DILocation(line: 53, column: 38, scope: !281)
!293 = !DILocation(line: 53, column: 41, scope: !281)
!294 = !DILocation(line: 54, column: 17, scope: !281)
!295 = !DILocation(line: 54, column: 20, scope: !281)
!296 = !DILocation(line: 54, column: 22, scope: !281)
!297 = !DILocation(line: 54, column: 27, scope: !281)
!298 = !DILocation(line: 54, column: 30, scope: !281)
!299 = !DILocation(line: 54, column: 9, scope: !281)
!300 = !DILocation(line: 55, column: 13, scope: !281)
!301 = !DILocation(line: 55, column: 15, scope: !281)
!302 = !DILocation(line: 55, column: 11, scope: !281)
!303 = !DILocation(line: 55, column: 26, scope: !281)
!304 = !DILocation(line: 55, column: 28, scope: !281)
!305 = !DILocation(line: 55, column: 19, scope: !281)
!306 = !DILocation(line: 55, column: 21, scope: !281)
!307 = !DILocation(line: 55, column: 24, scope: !281)
!308 = !DILocation(line: 55, column: 39, scope: !281)
!309 = !DILocation(line: 55, column: 32, scope: !281)
!310 = !DILocation(line: 55, column: 34, scope: !281)
!311 = !DILocation(line: 55, column: 37, scope: !281)
!312 = !DILocation(line: 56, column: 5, scope: !281)
!313 = !DILocation(line: 52, column: 29, scope: !276)
!314 = !DILocation(line: 52, column: 5, scope: !276)
!315 = distinct !{!315, !279, !316, !264}
!316 = !DILocation(line: 56, column: 5, scope: !271)
!317 = !DILocation(line: 57, column: 1, scope: !223)
!318 = distinct !DISubprogram(name: "expr", scope: !2, file: !2, line: 36, type: !66, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !68)
!319 = !DILocalVariable(name: "v", scope: !318, file: !2, line: 37, type: !52)
!320 = !DILocation(line: 37, column: 9, scope: !318)
!321 = !DILocation(line: 37, column: 13, scope: !318)
!322 = !DILocation(line: 38, column: 5, scope: !318)
!323 = !DILocation(line: 38, column: 13, scope: !318)
!324 = !DILocation(line: 38, column: 12, scope: !318)
!325 = !DILocation(line: 38, column: 17, scope: !318)
!326 = !DILocation(line: 38, column: 24, scope: !318)
!327 = !DILocation(line: 38, column: 28, scope: !318)
!328 = !DILocation(line: 38, column: 27, scope: !318)
!329 = !DILocation(line: 38, column: 32, scope: !318)
!330 = !DILocalVariable(name: "op", scope: !331, file: !2, line: 38, type: !4)
!331 = distinct !DILexicalBlock(scope: !318, file: !2, line: 38, column: 40)
!332 = !DILocation(line: 38, column: 47, scope: !331)
!333 = !DILocation(line: 38, column: 56, scope: !331)
!334 = !DILocation(line: 38, column: 52, scope: !331)
!335 = !DILocalVariable(name: "r", scope: !331, file: !2, line: 38, type: !52)
!336 = !DILocation(line: 38, column: 64, scope: !331)
!337 = !DILocation(line: 38, column: 68, scope: !331)
!338 = !DILocation(line: 38, column: 80, scope: !331)
!339 = !DILocation(line: 38, column: 83, scope: !331)
!340 = !DILocation(line: 38, column: 92, scope: !331)
!341 = !DILocation(line: 38, column: 96, scope: !331)
!342 = !DILocation(line: 38, column: 94, scope: !331)
!343 = !DILocation(line: 38, column: 100, scope: !331)
!344 = !DILocation(line: 38, column: 104, scope: !331)
!345 = !DILocation(line: 38, column: 102, scope: !331)
!346 = !DILocation(line: 38, column: 78, scope: !331)
!347 = distinct !{!347, !322, !348, !264}
!348 = !DILocation(line: 38, column: 107, scope: !318)
!349 = !DILocation(line: 39, column: 12, scope: !318)
!350 = !DILocation(line: 39, column: 5, scope: !318)
!351 = distinct !DISubprogram(name: "term", scope: !2, file: !2, line: 31, type: !66, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !68)
!352 = !DILocalVariable(name: "v", scope: !351, file: !2, line: 32, type: !52)
!353 = !DILocation(line: 32, column: 9, scope: !351)
!354 = !DILocation(line: 32, column: 13, scope: !351)
!355 = !DILocation(line: 33, column: 5, scope: !351)
!356 = !DILocation(line: 33, column: 13, scope: !351)
!357 = !DILocation(line: 33, column: 12, scope: !351)
!358 = !DILocation(line: 33, column: 17, scope: !351)
!359 = !DILocation(line: 33, column: 24, scope: !351)
!360 = !DILocation(line: 33, column: 28, scope: !351)
!361 = !DILocation(line: 33, column: 27, scope: !351)
!362 = !DILocation(line: 33, column: 32, scope: !351)
!363 = !DILocalVariable(name: "op", scope: !364, file: !2, line: 33, type: !4)
!364 = distinct !DILexicalBlock(scope: !351, file: !2, line: 33, column: 40)
!365 = !DILocation(line: 33, column: 47, scope: !364)
!366 = !DILocation(line: 33, column: 56, scope: !364)
!367 = !DILocation(line: 33, column: 52, scope: !364)
!368 = !DILocalVariable(name: "r", scope: !364, file: !2, line: 33, type: !52)
!369 = !DILocation(line: 33, column: 64, scope: !364)
!370 = !DILocation(line: 33, column: 68, scope: !364)
!371 = !DILocation(line: 33, column: 82, scope: !364)
!372 = !DILocation(line: 33, column: 85, scope: !364)
!373 = !DILocation(line: 33, column: 94, scope: !364)
!374 = !DILocation(line: 33, column: 98, scope: !364)
!375 = !DILocation(line: 33, column: 96, scope: !364)
!376 = !DILocation(line: 33, column: 102, scope: !364)
!377 = !DILocation(line: 33, column: 106, scope: !364)
!378 = !DILocation(line: 33, column: 104, scope: !364)
!379 = !DILocation(line: 33, column: 80, scope: !364)
!380 = distinct !{!380, !355, !381, !264}
!381 = !DILocation(line: 33, column: 109, scope: !351)
!382 = !DILocation(line: 34, column: 12, scope: !351)
!383 = !DILocation(line: 34, column: 5, scope: !351)
!384 = distinct !DISubprogram(name: "factor", scope: !2, file: !2, line: 26, type: !66, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !68)
!385 = !DILocation(line: 27, column: 10, scope: !386)
!386 = distinct !DILexicalBlock(scope: !384, file: !2, line: 27, column: 9)
!387 = !DILocation(line: 27, column: 9, scope: !386)
!388 = !DILocation(line: 27, column: 14, scope: !386)
!389 = !DILocation(line: 27, column: 27, scope: !390)
!390 = distinct !DILexicalBlock(scope: !386, file: !2, line: 27, column: 22)
!391 = !DILocalVariable(name: "v", scope: !390, file: !2, line: 27, type: !52)
!392 = !DILocation(line: 27, column: 35, scope: !390)
!393 = !DILocation(line: 27, column: 39, scope: !390)
!394 = !DILocation(line: 27, column: 50, scope: !390)
!395 = !DILocation(line: 27, column: 61, scope: !390)
!396 = !DILocation(line: 27, column: 54, scope: !390)
!397 = !DILocation(line: 28, column: 10, scope: !398)
!398 = distinct !DILexicalBlock(scope: !384, file: !2, line: 28, column: 9)
!399 = !DILocation(line: 28, column: 9, scope: !398)
!400 = !DILocation(line: 28, column: 14, scope: !398)
!401 = !DILocation(line: 28, column: 27, scope: !402)
!402 = distinct !DILexicalBlock(scope: !398, file: !2, line: 28, column: 22)
!403 = !DILocation(line: 28, column: 39, scope: !402)
!404 = !DILocation(line: 28, column: 38, scope: !402)
!405 = !DILocation(line: 28, column: 31, scope: !402)
!406 = !DILocation(line: 29, column: 12, scope: !384)
!407 = !DILocation(line: 29, column: 5, scope: !384)
!408 = !DILocation(line: 30, column: 1, scope: !384)
!409 = distinct !DISubprogram(name: "number", scope: !2, file: !2, line: 25, type: !66, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !68)
!410 = !DILocalVariable(name: "v", scope: !409, file: !2, line: 25, type: !52)
!411 = !DILocation(line: 25, column: 31, scope: !409)
!412 = !DILocation(line: 25, column: 38, scope: !409)
!413 = !DILocation(line: 25, column: 46, scope: !409)
!414 = !DILocation(line: 25, column: 45, scope: !409)
!415 = !DILocation(line: 25, column: 50, scope: !409)
!416 = !DILocation(line: 25, column: 57, scope: !409)
!417 = !DILocation(line: 25, column: 61, scope: !409)
!418 = !DILocation(line: 25, column: 60, scope: !409)
!419 = !DILocation(line: 25, column: 65, scope: !409)
!420 = !DILocation(line: 0, scope: !409)
!421 = !DILocation(line: 25, column: 77, scope: !409)
!422 = !DILocation(line: 25, column: 79, scope: !409)
!423 = !DILocation(line: 25, column: 91, scope: !409)
!424 = !DILocation(line: 25, column: 87, scope: !409)
!425 = !DILocation(line: 25, column: 94, scope: !409)
!426 = !DILocation(line: 25, column: 84, scope: !409)
!427 = !DILocation(line: 25, column: 75, scope: !409)
!428 = distinct !{!428, !412, !429, !264}
!429 = !DILocation(line: 25, column: 99, scope: !409)
!430 = !DILocation(line: 25, column: 109, scope: !409)
!431 = !DILocation(line: 25, column: 102, scope: !409)
