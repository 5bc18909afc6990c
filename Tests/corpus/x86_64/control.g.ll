; ModuleID = 'control.c'
source_filename = "control.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [15 x i8] c"collatz %d %d\0A\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [12 x i8] c"goto %d %d\0A\00", align 1, !dbg !7
@__const.main.a = private unnamed_addr constant [7 x i32] [i32 -3, i32 8, i32 1, i32 12, i32 5, i32 7, i32 4], align 16
@.str.2 = private unnamed_addr constant [15 x i8] c"pair %d %d %d\0A\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [21 x i8] c"cleanup %d %d %d %d\0A\00", align 1, !dbg !14
@.str.4 = private unnamed_addr constant [10 x i8] c"range %d\0A\00", align 1, !dbg !19
@.str.5 = private unnamed_addr constant [10 x i8] c"weird %d\0A\00", align 1, !dbg !24
@.str.6 = private unnamed_addr constant [18 x i8] c"tern %d %d %d %d\0A\00", align 1, !dbg !26
@.str.7 = private unnamed_addr constant [25 x i8] c"short %d %d %d calls %d\0A\00", align 1, !dbg !31
@counter = internal global i32 0, align 4, !dbg !36
@.str.8 = private unnamed_addr constant [11 x i8] c"inf %d %d\0A\00", align 1, !dbg !40
@.str.9 = private unnamed_addr constant [7 x i8] c"do %d\0A\00", align 1, !dbg !45
@.str.10 = private unnamed_addr constant [6 x i8] c"m %d\0A\00", align 1, !dbg !50

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !64 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [7 x i32], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i8, align 1
  %14 = alloca i8, align 1
  %15 = alloca i8, align 1
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !68, !DIExpression(), !69)
  store i32 0, ptr %2, align 4, !dbg !69
    #dbg_declare(ptr %3, !70, !DIExpression(), !71)
  store i32 0, ptr %3, align 4, !dbg !71
    #dbg_declare(ptr %4, !72, !DIExpression(), !74)
  store i32 1, ptr %4, align 4, !dbg !74
  br label %22, !dbg !75

22:                                               ; preds = %36, %0
  %23 = load i32, ptr %4, align 4, !dbg !76
  %24 = icmp slt i32 %23, 3000, !dbg !78
  br i1 %24, label %25, label %39, !dbg !79

25:                                               ; preds = %22
    #dbg_declare(ptr %5, !80, !DIExpression(), !82)
  %26 = load i32, ptr %4, align 4, !dbg !83
  %27 = sext i32 %26 to i64, !dbg !83
  %28 = call i32 @collatz(i64 noundef %27), !dbg !84
  store i32 %28, ptr %5, align 4, !dbg !82
  %29 = load i32, ptr %5, align 4, !dbg !85
  %30 = load i32, ptr %2, align 4, !dbg !87
  %31 = icmp sgt i32 %29, %30, !dbg !88
  br i1 %31, label %32, label %35, !dbg !88

32:                                               ; preds = %25
  %33 = load i32, ptr %5, align 4, !dbg !89
  store i32 %33, ptr %2, align 4, !dbg !91
  %34 = load i32, ptr %4, align 4, !dbg !92
  store i32 %34, ptr %3, align 4, !dbg !93
  br label %35, !dbg !94

35:                                               ; preds = %32, %25
  br label %36, !dbg !95

36:                                               ; preds = %35
  %37 = load i32, ptr %4, align 4, !dbg !96
  %38 = add nsw i32 %37, 1, !dbg !96
  store i32 %38, ptr %4, align 4, !dbg !96
  br label %22, !dbg !97, !llvm.loop !98

39:                                               ; preds = %22
  %40 = load i32, ptr %3, align 4, !dbg !101
  %41 = load i32, ptr %2, align 4, !dbg !102
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %40, i32 noundef %41), !dbg !103
  %43 = call i32 @goto_loop(i32 noundef 10), !dbg !104
  %44 = call i32 @goto_loop(i32 noundef 0), !dbg !105
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %43, i32 noundef %44), !dbg !106
    #dbg_declare(ptr %6, !107, !DIExpression(), !109)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %6, ptr align 16 @__const.main.a, i64 28, i1 false), !dbg !109
  %46 = getelementptr inbounds [7 x i32], ptr %6, i64 0, i64 0, !dbg !110
  %47 = call i32 @find_pair(ptr noundef %46, i32 noundef 7, i32 noundef 9), !dbg !111
  %48 = getelementptr inbounds [7 x i32], ptr %6, i64 0, i64 0, !dbg !112
  %49 = call i32 @find_pair(ptr noundef %48, i32 noundef 7, i32 noundef 20), !dbg !113
  %50 = getelementptr inbounds [7 x i32], ptr %6, i64 0, i64 0, !dbg !114
  %51 = call i32 @find_pair(ptr noundef %50, i32 noundef 7, i32 noundef 1000), !dbg !115
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %47, i32 noundef %49, i32 noundef %51), !dbg !116
  %53 = call i32 @cleanup_style(i32 noundef -1), !dbg !117
  %54 = call i32 @cleanup_style(i32 noundef 200), !dbg !118
  %55 = call i32 @cleanup_style(i32 noundef 4), !dbg !119
  %56 = call i32 @cleanup_style(i32 noundef 5), !dbg !120
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %53, i32 noundef %54, i32 noundef %55, i32 noundef %56), !dbg !121
    #dbg_declare(ptr %7, !122, !DIExpression(), !123)
  store i32 0, ptr %7, align 4, !dbg !123
    #dbg_declare(ptr %8, !124, !DIExpression(), !126)
  store i32 -5, ptr %8, align 4, !dbg !126
  br label %58, !dbg !127

58:                                               ; preds = %67, %39
  %59 = load i32, ptr %8, align 4, !dbg !128
  %60 = icmp slt i32 %59, 15, !dbg !130
  br i1 %60, label %61, label %70, !dbg !131

61:                                               ; preds = %58
  %62 = load i32, ptr %8, align 4, !dbg !132
  %63 = call zeroext i1 @in_range(i32 noundef %62, i32 noundef 0, i32 noundef 9), !dbg !133
  %64 = zext i1 %63 to i32, !dbg !133
  %65 = load i32, ptr %7, align 4, !dbg !134
  %66 = add nsw i32 %65, %64, !dbg !134
  store i32 %66, ptr %7, align 4, !dbg !134
  br label %67, !dbg !135

67:                                               ; preds = %61
  %68 = load i32, ptr %8, align 4, !dbg !136
  %69 = add nsw i32 %68, 1, !dbg !136
  store i32 %69, ptr %8, align 4, !dbg !136
  br label %58, !dbg !137, !llvm.loop !138

70:                                               ; preds = %58
  %71 = load i32, ptr %7, align 4, !dbg !140
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %71), !dbg !141
    #dbg_declare(ptr %9, !142, !DIExpression(), !143)
  store i32 0, ptr %9, align 4, !dbg !143
    #dbg_declare(ptr %10, !144, !DIExpression(), !146)
  store i32 0, ptr %10, align 4, !dbg !146
  br label %73, !dbg !147

73:                                               ; preds = %102, %70
  %74 = load i32, ptr %10, align 4, !dbg !148
  %75 = icmp slt i32 %74, 5, !dbg !150
  br i1 %75, label %76, label %105, !dbg !151

76:                                               ; preds = %73
    #dbg_declare(ptr %11, !152, !DIExpression(), !154)
  store i32 0, ptr %11, align 4, !dbg !154
  br label %77, !dbg !155

77:                                               ; preds = %98, %76
  %78 = load i32, ptr %11, align 4, !dbg !156
  %79 = icmp slt i32 %78, 5, !dbg !158
  br i1 %79, label %80, label %101, !dbg !159

80:                                               ; preds = %77
    #dbg_declare(ptr %12, !160, !DIExpression(), !162)
  store i32 0, ptr %12, align 4, !dbg !162
  br label %81, !dbg !163

81:                                               ; preds = %94, %80
  %82 = load i32, ptr %12, align 4, !dbg !164
  %83 = icmp slt i32 %82, 2, !dbg !166
  br i1 %83, label %84, label %97, !dbg !167

84:                                               ; preds = %81
  %85 = load i32, ptr %9, align 4, !dbg !168
  %86 = mul nsw i32 %85, 2, !dbg !169
  %87 = srem i32 %86, 1000003, !dbg !170
  %88 = load i32, ptr %10, align 4, !dbg !171
  %89 = load i32, ptr %11, align 4, !dbg !172
  %90 = load i32, ptr %12, align 4, !dbg !173
  %91 = call zeroext i1 @weird(i32 noundef %88, i32 noundef %89, i32 noundef %90), !dbg !174
  %92 = zext i1 %91 to i32, !dbg !174
  %93 = add nsw i32 %87, %92, !dbg !175
  store i32 %93, ptr %9, align 4, !dbg !176
  br label %94, !dbg !177

94:                                               ; preds = %84
  %95 = load i32, ptr %12, align 4, !dbg !178
  %96 = add nsw i32 %95, 1, !dbg !178
  store i32 %96, ptr %12, align 4, !dbg !178
  br label %81, !dbg !179, !llvm.loop !180

97:                                               ; preds = %81
  br label %98, !dbg !181

98:                                               ; preds = %97
  %99 = load i32, ptr %11, align 4, !dbg !182
  %100 = add nsw i32 %99, 1, !dbg !182
  store i32 %100, ptr %11, align 4, !dbg !182
  br label %77, !dbg !183, !llvm.loop !184

101:                                              ; preds = %77
  br label %102, !dbg !185

102:                                              ; preds = %101
  %103 = load i32, ptr %10, align 4, !dbg !186
  %104 = add nsw i32 %103, 1, !dbg !186
  store i32 %104, ptr %10, align 4, !dbg !186
  br label %73, !dbg !187, !llvm.loop !188

105:                                              ; preds = %73
  %106 = load i32, ptr %9, align 4, !dbg !190
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %106), !dbg !191
  %108 = call i32 @tern(i32 noundef 5, i32 noundef 2), !dbg !192
  %109 = call i32 @tern(i32 noundef 2, i32 noundef 5), !dbg !193
  %110 = call i32 @tern(i32 noundef 0, i32 noundef 0), !dbg !194
  %111 = call i32 @tern(i32 noundef 3, i32 noundef 3), !dbg !195
  %112 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %108, i32 noundef %109, i32 noundef %110, i32 noundef %111), !dbg !196
    #dbg_declare(ptr %13, !197, !DIExpression(), !199)
  %113 = call zeroext i1 @side(i1 noundef zeroext false), !dbg !200
  br i1 %113, label %114, label %116, !dbg !201

114:                                              ; preds = %105
  %115 = call zeroext i1 @side(i1 noundef zeroext true), !dbg !202
  br label %116

116:                                              ; preds = %114, %105
  %117 = phi i1 [ false, %105 ], [ %115, %114 ], !dbg !203
  %118 = zext i1 %117 to i8, !dbg !199
  store i8 %118, ptr %13, align 1, !dbg !199
    #dbg_declare(ptr %14, !204, !DIExpression(), !205)
  %119 = call zeroext i1 @side(i1 noundef zeroext true), !dbg !206
  br i1 %119, label %122, label %120, !dbg !207

120:                                              ; preds = %116
  %121 = call zeroext i1 @side(i1 noundef zeroext false), !dbg !208
  br label %122, !dbg !207

122:                                              ; preds = %120, %116
  %123 = phi i1 [ true, %116 ], [ %121, %120 ]
  %124 = zext i1 %123 to i8, !dbg !205
  store i8 %124, ptr %14, align 1, !dbg !205
    #dbg_declare(ptr %15, !209, !DIExpression(), !210)
  %125 = call zeroext i1 @side(i1 noundef zeroext true), !dbg !211
  br i1 %125, label %126, label %130, !dbg !212

126:                                              ; preds = %122
  %127 = call zeroext i1 @side(i1 noundef zeroext false), !dbg !213
  br i1 %127, label %128, label %130, !dbg !214

128:                                              ; preds = %126
  %129 = call zeroext i1 @side(i1 noundef zeroext true), !dbg !215
  br label %130

130:                                              ; preds = %128, %126, %122
  %131 = phi i1 [ false, %126 ], [ false, %122 ], [ %129, %128 ], !dbg !203
  %132 = zext i1 %131 to i8, !dbg !210
  store i8 %132, ptr %15, align 1, !dbg !210
  %133 = load i8, ptr %13, align 1, !dbg !216
  %134 = trunc i8 %133 to i1, !dbg !216
  %135 = zext i1 %134 to i32, !dbg !216
  %136 = load i8, ptr %14, align 1, !dbg !217
  %137 = trunc i8 %136 to i1, !dbg !217
  %138 = zext i1 %137 to i32, !dbg !217
  %139 = load i8, ptr %15, align 1, !dbg !218
  %140 = trunc i8 %139 to i1, !dbg !218
  %141 = zext i1 %140 to i32, !dbg !218
  %142 = load i32, ptr @counter, align 4, !dbg !219
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %135, i32 noundef %138, i32 noundef %141, i32 noundef %142), !dbg !220
    #dbg_declare(ptr %16, !221, !DIExpression(), !222)
  store i32 0, ptr %16, align 4, !dbg !222
    #dbg_declare(ptr %17, !223, !DIExpression(), !224)
  store i32 0, ptr %17, align 4, !dbg !224
  br label %144, !dbg !225

144:                                              ; preds = %151, %130
  %145 = load i32, ptr %17, align 4, !dbg !226
  %146 = load i32, ptr %16, align 4, !dbg !230
  %147 = add nsw i32 %146, %145, !dbg !230
  store i32 %147, ptr %16, align 4, !dbg !230
  %148 = load i32, ptr %16, align 4, !dbg !231
  %149 = icmp sgt i32 %148, 100, !dbg !233
  br i1 %149, label %150, label %151, !dbg !233

150:                                              ; preds = %144
  br label %154, !dbg !234

151:                                              ; preds = %144
  %152 = load i32, ptr %17, align 4, !dbg !235
  %153 = add nsw i32 %152, 1, !dbg !235
  store i32 %153, ptr %17, align 4, !dbg !235
  br label %144, !dbg !236, !llvm.loop !237

154:                                              ; preds = %150
  %155 = load i32, ptr %16, align 4, !dbg !240
  %156 = load i32, ptr %17, align 4, !dbg !241
  %157 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %155, i32 noundef %156), !dbg !242
    #dbg_declare(ptr %18, !243, !DIExpression(), !244)
  store i32 0, ptr %18, align 4, !dbg !244
  br label %158, !dbg !245

158:                                              ; preds = %168, %154
  %159 = load i32, ptr %18, align 4, !dbg !246
  %160 = add nsw i32 %159, 3, !dbg !246
  store i32 %160, ptr %18, align 4, !dbg !246
  %161 = load i32, ptr %18, align 4, !dbg !248
  %162 = srem i32 %161, 2, !dbg !250
  %163 = icmp eq i32 %162, 0, !dbg !251
  br i1 %163, label %164, label %165, !dbg !251

164:                                              ; preds = %158
  br label %168, !dbg !252

165:                                              ; preds = %158
  %166 = load i32, ptr %18, align 4, !dbg !253
  %167 = add nsw i32 %166, 1, !dbg !253
  store i32 %167, ptr %18, align 4, !dbg !253
  br label %168, !dbg !254

168:                                              ; preds = %165, %164
  %169 = load i32, ptr %18, align 4, !dbg !255
  %170 = icmp slt i32 %169, 30, !dbg !256
  br i1 %170, label %158, label %171, !dbg !254, !llvm.loop !257

171:                                              ; preds = %168
  %172 = load i32, ptr %18, align 4, !dbg !259
  %173 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %172), !dbg !260
    #dbg_declare(ptr %19, !261, !DIExpression(), !262)
  store i32 0, ptr %19, align 4, !dbg !262
    #dbg_declare(ptr %20, !263, !DIExpression(), !265)
  store i32 0, ptr %20, align 4, !dbg !265
  br label %174, !dbg !266

174:                                              ; preds = %207, %171
  %175 = load i32, ptr %20, align 4, !dbg !267
  %176 = icmp slt i32 %175, 10, !dbg !269
  br i1 %176, label %177, label %210, !dbg !270

177:                                              ; preds = %174
    #dbg_declare(ptr %21, !271, !DIExpression(), !274)
  store i32 0, ptr %21, align 4, !dbg !274
  br label %178, !dbg !275

178:                                              ; preds = %203, %177
  %179 = load i32, ptr %21, align 4, !dbg !276
  %180 = icmp slt i32 %179, 10, !dbg !278
  br i1 %180, label %181, label %206, !dbg !279

181:                                              ; preds = %178
  %182 = load i32, ptr %21, align 4, !dbg !280
  %183 = load i32, ptr %20, align 4, !dbg !283
  %184 = icmp sgt i32 %182, %183, !dbg !284
  br i1 %184, label %185, label %186, !dbg !284

185:                                              ; preds = %181
  br label %206, !dbg !285

186:                                              ; preds = %181
  %187 = load i32, ptr %20, align 4, !dbg !286
  %188 = load i32, ptr %21, align 4, !dbg !288
  %189 = add nsw i32 %187, %188, !dbg !289
  %190 = srem i32 %189, 3, !dbg !290
  %191 = icmp eq i32 %190, 0, !dbg !291
  br i1 %191, label %192, label %193, !dbg !291

192:                                              ; preds = %186
  br label %203, !dbg !292

193:                                              ; preds = %186
  %194 = load i32, ptr %20, align 4, !dbg !293
  %195 = load i32, ptr %21, align 4, !dbg !294
  %196 = mul nsw i32 %194, %195, !dbg !295
  %197 = load i32, ptr %19, align 4, !dbg !296
  %198 = add nsw i32 %197, %196, !dbg !296
  store i32 %198, ptr %19, align 4, !dbg !296
  %199 = load i32, ptr %19, align 4, !dbg !297
  %200 = icmp sgt i32 %199, 500, !dbg !299
  br i1 %200, label %201, label %202, !dbg !299

201:                                              ; preds = %193
  br label %211, !dbg !300

202:                                              ; preds = %193
  br label %203, !dbg !301

203:                                              ; preds = %202, %192
  %204 = load i32, ptr %21, align 4, !dbg !302
  %205 = add nsw i32 %204, 1, !dbg !302
  store i32 %205, ptr %21, align 4, !dbg !302
  br label %178, !dbg !303, !llvm.loop !304

206:                                              ; preds = %185, %178
  br label %207, !dbg !306

207:                                              ; preds = %206
  %208 = load i32, ptr %20, align 4, !dbg !307
  %209 = add nsw i32 %208, 1, !dbg !307
  store i32 %209, ptr %20, align 4, !dbg !307
  br label %174, !dbg !308, !llvm.loop !309

210:                                              ; preds = %174
  br label %211, !dbg !310

211:                                              ; preds = %210, %201
    #dbg_label(!311, !312)
  %212 = load i32, ptr %19, align 4, !dbg !313
  %213 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %212), !dbg !314
  %214 = load i32, ptr %2, align 4, !dbg !315
  %215 = and i32 %214, 63, !dbg !316
  ret i32 %215, !dbg !317
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @collatz(i64 noundef %0) #0 !dbg !318 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8
    #dbg_declare(ptr %2, !322, !DIExpression(), !323)
    #dbg_declare(ptr %3, !324, !DIExpression(), !325)
  store i32 0, ptr %3, align 4, !dbg !325
  br label %4, !dbg !326

4:                                                ; preds = %18, %1
  %5 = load i64, ptr %2, align 8, !dbg !327
  %6 = icmp ne i64 %5, 1, !dbg !328
  br i1 %6, label %7, label %22, !dbg !326

7:                                                ; preds = %4
  %8 = load i64, ptr %2, align 8, !dbg !329
  %9 = and i64 %8, 1, !dbg !331
  %10 = icmp ne i64 %9, 0, !dbg !331
  br i1 %10, label %11, label %15, !dbg !332

11:                                               ; preds = %7
  %12 = load i64, ptr %2, align 8, !dbg !333
  %13 = mul nsw i64 3, %12, !dbg !334
  %14 = add nsw i64 %13, 1, !dbg !335
  br label %18, !dbg !332

15:                                               ; preds = %7
  %16 = load i64, ptr %2, align 8, !dbg !336
  %17 = sdiv i64 %16, 2, !dbg !337
  br label %18, !dbg !332

18:                                               ; preds = %15, %11
  %19 = phi i64 [ %14, %11 ], [ %17, %15 ], !dbg !332
  store i64 %19, ptr %2, align 8, !dbg !338
  %20 = load i32, ptr %3, align 4, !dbg !339
  %21 = add nsw i32 %20, 1, !dbg !339
  store i32 %21, ptr %3, align 4, !dbg !339
  br label %4, !dbg !326, !llvm.loop !340

22:                                               ; preds = %4
  %23 = load i32, ptr %3, align 4, !dbg !342
  ret i32 %23, !dbg !343
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @goto_loop(i32 noundef %0) #0 !dbg !344 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !347, !DIExpression(), !348)
    #dbg_declare(ptr %3, !349, !DIExpression(), !350)
  store i32 0, ptr %3, align 4, !dbg !350
    #dbg_declare(ptr %4, !351, !DIExpression(), !352)
  store i32 0, ptr %4, align 4, !dbg !352
  br label %5, !dbg !353

5:                                                ; preds = %10, %1
    #dbg_label(!354, !355)
  %6 = load i32, ptr %3, align 4, !dbg !356
  %7 = load i32, ptr %2, align 4, !dbg !358
  %8 = icmp sge i32 %6, %7, !dbg !359
  br i1 %8, label %9, label %10, !dbg !359

9:                                                ; preds = %5
  br label %18, !dbg !360

10:                                               ; preds = %5
  %11 = load i32, ptr %3, align 4, !dbg !361
  %12 = load i32, ptr %3, align 4, !dbg !362
  %13 = mul nsw i32 %11, %12, !dbg !363
  %14 = load i32, ptr %4, align 4, !dbg !364
  %15 = add nsw i32 %14, %13, !dbg !364
  store i32 %15, ptr %4, align 4, !dbg !364
  %16 = load i32, ptr %3, align 4, !dbg !365
  %17 = add nsw i32 %16, 1, !dbg !365
  store i32 %17, ptr %3, align 4, !dbg !365
  br label %5, !dbg !366

18:                                               ; preds = %9
    #dbg_label(!367, !368)
  %19 = load i32, ptr %4, align 4, !dbg !369
  ret i32 %19, !dbg !370
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @find_pair(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !371 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
    #dbg_declare(ptr %5, !376, !DIExpression(), !377)
  store i32 %1, ptr %6, align 4
    #dbg_declare(ptr %6, !378, !DIExpression(), !379)
  store i32 %2, ptr %7, align 4
    #dbg_declare(ptr %7, !380, !DIExpression(), !381)
    #dbg_declare(ptr %8, !382, !DIExpression(), !384)
  store i32 0, ptr %8, align 4, !dbg !384
  br label %10, !dbg !385

10:                                               ; preds = %53, %3
  %11 = load i32, ptr %8, align 4, !dbg !386
  %12 = load i32, ptr %6, align 4, !dbg !388
  %13 = icmp slt i32 %11, %12, !dbg !389
  br i1 %13, label %14, label %56, !dbg !390

14:                                               ; preds = %10
    #dbg_declare(ptr %9, !391, !DIExpression(), !393)
  %15 = load i32, ptr %8, align 4, !dbg !394
  %16 = add nsw i32 %15, 1, !dbg !395
  store i32 %16, ptr %9, align 4, !dbg !393
  br label %17, !dbg !396

17:                                               ; preds = %49, %14
  %18 = load i32, ptr %9, align 4, !dbg !397
  %19 = load i32, ptr %6, align 4, !dbg !399
  %20 = icmp slt i32 %18, %19, !dbg !400
  br i1 %20, label %21, label %52, !dbg !401

21:                                               ; preds = %17
  %22 = load ptr, ptr %5, align 8, !dbg !402
  %23 = load i32, ptr %8, align 4, !dbg !405
  %24 = sext i32 %23 to i64, !dbg !402
  %25 = getelementptr inbounds i32, ptr %22, i64 %24, !dbg !402
  %26 = load i32, ptr %25, align 4, !dbg !402
  %27 = load ptr, ptr %5, align 8, !dbg !406
  %28 = load i32, ptr %9, align 4, !dbg !407
  %29 = sext i32 %28 to i64, !dbg !406
  %30 = getelementptr inbounds i32, ptr %27, i64 %29, !dbg !406
  %31 = load i32, ptr %30, align 4, !dbg !406
  %32 = add nsw i32 %26, %31, !dbg !408
  %33 = load i32, ptr %7, align 4, !dbg !409
  %34 = icmp ne i32 %32, %33, !dbg !410
  br i1 %34, label %35, label %36, !dbg !410

35:                                               ; preds = %21
  br label %49, !dbg !411

36:                                               ; preds = %21
  %37 = load ptr, ptr %5, align 8, !dbg !412
  %38 = load i32, ptr %8, align 4, !dbg !414
  %39 = sext i32 %38 to i64, !dbg !412
  %40 = getelementptr inbounds i32, ptr %37, i64 %39, !dbg !412
  %41 = load i32, ptr %40, align 4, !dbg !412
  %42 = icmp slt i32 %41, 0, !dbg !415
  br i1 %42, label %43, label %44, !dbg !415

43:                                               ; preds = %36
  br label %49, !dbg !416

44:                                               ; preds = %36
  %45 = load i32, ptr %8, align 4, !dbg !417
  %46 = mul nsw i32 %45, 100, !dbg !418
  %47 = load i32, ptr %9, align 4, !dbg !419
  %48 = add nsw i32 %46, %47, !dbg !420
  store i32 %48, ptr %4, align 4, !dbg !421
  br label %57, !dbg !421

49:                                               ; preds = %43, %35
  %50 = load i32, ptr %9, align 4, !dbg !422
  %51 = add nsw i32 %50, 1, !dbg !422
  store i32 %51, ptr %9, align 4, !dbg !422
  br label %17, !dbg !423, !llvm.loop !424

52:                                               ; preds = %17
  br label %53, !dbg !425

53:                                               ; preds = %52
  %54 = load i32, ptr %8, align 4, !dbg !426
  %55 = add nsw i32 %54, 1, !dbg !426
  store i32 %55, ptr %8, align 4, !dbg !426
  br label %10, !dbg !427, !llvm.loop !428

56:                                               ; preds = %10
  store i32 -1, ptr %4, align 4, !dbg !430
  br label %57, !dbg !430

57:                                               ; preds = %56, %44
  %58 = load i32, ptr %4, align 4, !dbg !431
  ret i32 %58, !dbg !431
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cleanup_style(i32 noundef %0) #0 !dbg !432 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !433, !DIExpression(), !434)
    #dbg_declare(ptr %4, !435, !DIExpression(), !436)
  store i32 0, ptr %4, align 4, !dbg !436
  %5 = load i32, ptr %3, align 4, !dbg !437
  %6 = icmp slt i32 %5, 0, !dbg !439
  br i1 %6, label %7, label %8, !dbg !439

7:                                                ; preds = %1
  br label %27, !dbg !440

8:                                                ; preds = %1
  %9 = load i32, ptr %4, align 4, !dbg !441
  %10 = add nsw i32 %9, 1, !dbg !441
  store i32 %10, ptr %4, align 4, !dbg !441
  %11 = load i32, ptr %3, align 4, !dbg !442
  %12 = icmp sgt i32 %11, 100, !dbg !444
  br i1 %12, label %13, label %14, !dbg !444

13:                                               ; preds = %8
  br label %27, !dbg !445

14:                                               ; preds = %8
  %15 = load i32, ptr %4, align 4, !dbg !446
  %16 = add nsw i32 %15, 10, !dbg !446
  store i32 %16, ptr %4, align 4, !dbg !446
  %17 = load i32, ptr %3, align 4, !dbg !447
  %18 = srem i32 %17, 2, !dbg !449
  %19 = icmp ne i32 %18, 0, !dbg !449
  br i1 %19, label %20, label %21, !dbg !449

20:                                               ; preds = %14
  br label %23, !dbg !450

21:                                               ; preds = %14
  %22 = load i32, ptr %4, align 4, !dbg !451
  store i32 %22, ptr %2, align 4, !dbg !452
  br label %30, !dbg !452

23:                                               ; preds = %20
    #dbg_label(!453, !454)
  %24 = load i32, ptr %4, align 4, !dbg !455
  %25 = add nsw i32 %24, 100, !dbg !455
  store i32 %25, ptr %4, align 4, !dbg !455
  %26 = load i32, ptr %4, align 4, !dbg !456
  store i32 %26, ptr %2, align 4, !dbg !457
  br label %30, !dbg !457

27:                                               ; preds = %13, %7
    #dbg_label(!458, !459)
  %28 = load i32, ptr %4, align 4, !dbg !460
  %29 = sub nsw i32 0, %28, !dbg !461
  store i32 %29, ptr %2, align 4, !dbg !462
  br label %30, !dbg !462

30:                                               ; preds = %27, %23, %21
  %31 = load i32, ptr %2, align 4, !dbg !463
  ret i32 %31, !dbg !463
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i1 @in_range(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !464 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !467, !DIExpression(), !468)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !469, !DIExpression(), !470)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !471, !DIExpression(), !472)
  %7 = load i32, ptr %4, align 4, !dbg !473
  %8 = load i32, ptr %5, align 4, !dbg !474
  %9 = icmp sge i32 %7, %8, !dbg !475
  br i1 %9, label %10, label %14, !dbg !476

10:                                               ; preds = %3
  %11 = load i32, ptr %4, align 4, !dbg !477
  %12 = load i32, ptr %6, align 4, !dbg !478
  %13 = icmp sle i32 %11, %12, !dbg !479
  br label %14

14:                                               ; preds = %10, %3
  %15 = phi i1 [ false, %3 ], [ %13, %10 ], !dbg !480
  ret i1 %15, !dbg !481
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i1 @weird(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !482 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !483, !DIExpression(), !484)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !485, !DIExpression(), !486)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !487, !DIExpression(), !488)
  %7 = load i32, ptr %4, align 4, !dbg !489
  %8 = icmp ne i32 %7, 0, !dbg !489
  br i1 %8, label %9, label %12, !dbg !490

9:                                                ; preds = %3
  %10 = load i32, ptr %5, align 4, !dbg !491
  %11 = icmp ne i32 %10, 0, !dbg !491
  br i1 %11, label %12, label %29, !dbg !492

12:                                               ; preds = %9, %3
  %13 = load i32, ptr %5, align 4, !dbg !493
  %14 = icmp ne i32 %13, 0, !dbg !493
  br i1 %14, label %15, label %18, !dbg !494

15:                                               ; preds = %12
  %16 = load i32, ptr %6, align 4, !dbg !495
  %17 = icmp ne i32 %16, 0, !dbg !495
  br i1 %17, label %29, label %18, !dbg !496

18:                                               ; preds = %15, %12
  %19 = load i32, ptr %4, align 4, !dbg !497
  %20 = icmp ne i32 %19, 0, !dbg !497
  br i1 %20, label %27, label %21, !dbg !498

21:                                               ; preds = %18
  %22 = load i32, ptr %6, align 4, !dbg !499
  %23 = icmp ne i32 %22, 0, !dbg !499
  br i1 %23, label %27, label %24, !dbg !500

24:                                               ; preds = %21
  %25 = load i32, ptr %5, align 4, !dbg !501
  %26 = icmp sgt i32 %25, 3, !dbg !502
  br label %27

27:                                               ; preds = %24, %21, %18
  %28 = phi i1 [ false, %21 ], [ false, %18 ], [ %26, %24 ], !dbg !503
  br label %29, !dbg !496

29:                                               ; preds = %27, %15, %9
  %30 = phi i1 [ true, %15 ], [ true, %9 ], [ %28, %27 ]
  ret i1 %30, !dbg !504
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @tern(i32 noundef %0, i32 noundef %1) #0 !dbg !505 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !508, !DIExpression(), !509)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !510, !DIExpression(), !511)
  %5 = load i32, ptr %3, align 4, !dbg !512
  %6 = load i32, ptr %4, align 4, !dbg !513
  %7 = icmp sgt i32 %5, %6, !dbg !514
  br i1 %7, label %8, label %12, !dbg !512

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4, !dbg !515
  %10 = load i32, ptr %4, align 4, !dbg !516
  %11 = sub nsw i32 %9, %10, !dbg !517
  br label %27, !dbg !512

12:                                               ; preds = %2
  %13 = load i32, ptr %3, align 4, !dbg !518
  %14 = load i32, ptr %4, align 4, !dbg !519
  %15 = icmp slt i32 %13, %14, !dbg !520
  br i1 %15, label %16, label %20, !dbg !518

16:                                               ; preds = %12
  %17 = load i32, ptr %4, align 4, !dbg !521
  %18 = load i32, ptr %3, align 4, !dbg !522
  %19 = sub nsw i32 %17, %18, !dbg !523
  br label %25, !dbg !518

20:                                               ; preds = %12
  %21 = load i32, ptr %3, align 4, !dbg !524
  %22 = icmp eq i32 %21, 0, !dbg !525
  %23 = zext i1 %22 to i64, !dbg !524
  %24 = select i1 %22, i32 -1, i32 0, !dbg !524
  br label %25, !dbg !518

25:                                               ; preds = %20, %16
  %26 = phi i32 [ %19, %16 ], [ %24, %20 ], !dbg !518
  br label %27, !dbg !512

27:                                               ; preds = %25, %8
  %28 = phi i32 [ %11, %8 ], [ %26, %25 ], !dbg !512
  ret i32 %28, !dbg !526
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i1 @side(i1 noundef zeroext %0) #0 !dbg !527 {
  %2 = alloca i8, align 1
  %3 = zext i1 %0 to i8
  store i8 %3, ptr %2, align 1
    #dbg_declare(ptr %2, !530, !DIExpression(), !531)
  %4 = load i32, ptr @counter, align 4, !dbg !532
  %5 = add nsw i32 %4, 1, !dbg !532
  store i32 %5, ptr @counter, align 4, !dbg !532
  %6 = load i8, ptr %2, align 1, !dbg !533
  %7 = trunc i8 %6 to i1, !dbg !533
  ret i1 %7, !dbg !534
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.dbg.cu = !{!38}
!llvm.module.flags = !{!56, !57, !58, !59, !60, !61, !62}
!llvm.ident = !{!63}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 50, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "control.c", directory: ".", checksumkind: CSK_MD5, checksum: "7421122e3a3f01799e6439f26b125648")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 120, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 15)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 51, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 12)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 53, type: !3, isLocal: true, isDefinition: true)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(scope: null, file: !2, line: 54, type: !16, isLocal: true, isDefinition: true)
!16 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 168, elements: !17)
!17 = !{!18}
!18 = !DISubrange(count: 21)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(scope: null, file: !2, line: 57, type: !21, isLocal: true, isDefinition: true)
!21 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 80, elements: !22)
!22 = !{!23}
!23 = !DISubrange(count: 10)
!24 = !DIGlobalVariableExpression(var: !25, expr: !DIExpression())
!25 = distinct !DIGlobalVariable(scope: null, file: !2, line: 60, type: !21, isLocal: true, isDefinition: true)
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(scope: null, file: !2, line: 61, type: !28, isLocal: true, isDefinition: true)
!28 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 144, elements: !29)
!29 = !{!30}
!30 = !DISubrange(count: 18)
!31 = !DIGlobalVariableExpression(var: !32, expr: !DIExpression())
!32 = distinct !DIGlobalVariable(scope: null, file: !2, line: 65, type: !33, isLocal: true, isDefinition: true)
!33 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 200, elements: !34)
!34 = !{!35}
!35 = !DISubrange(count: 25)
!36 = !DIGlobalVariableExpression(var: !37, expr: !DIExpression())
!37 = distinct !DIGlobalVariable(name: "counter", scope: !38, file: !2, line: 44, type: !55, isLocal: true, isDefinition: true)
!38 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !39, splitDebugInlining: false, nameTableKind: None)
!39 = !{!0, !7, !12, !14, !19, !24, !26, !31, !40, !45, !50, !36}
!40 = !DIGlobalVariableExpression(var: !41, expr: !DIExpression())
!41 = distinct !DIGlobalVariable(scope: null, file: !2, line: 68, type: !42, isLocal: true, isDefinition: true)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 11)
!45 = !DIGlobalVariableExpression(var: !46, expr: !DIExpression())
!46 = distinct !DIGlobalVariable(scope: null, file: !2, line: 71, type: !47, isLocal: true, isDefinition: true)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !48)
!48 = !{!49}
!49 = !DISubrange(count: 7)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(scope: null, file: !2, line: 83, type: !52, isLocal: true, isDefinition: true)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 48, elements: !53)
!53 = !{!54}
!54 = !DISubrange(count: 6)
!55 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!56 = !{i32 7, !"Dwarf Version", i32 5}
!57 = !{i32 2, !"Debug Info Version", i32 3}
!58 = !{i32 1, !"wchar_size", i32 4}
!59 = !{i32 8, !"PIC Level", i32 2}
!60 = !{i32 7, !"PIE Level", i32 2}
!61 = !{i32 7, !"uwtable", i32 2}
!62 = !{i32 7, !"frame-pointer", i32 2}
!63 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!64 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 47, type: !65, scopeLine: 47, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !38, retainedNodes: !67)
!65 = !DISubroutineType(types: !66)
!66 = !{!55}
!67 = !{}
!68 = !DILocalVariable(name: "best", scope: !64, file: !2, line: 48, type: !55)
!69 = !DILocation(line: 48, column: 9, scope: !64)
!70 = !DILocalVariable(name: "arg", scope: !64, file: !2, line: 48, type: !55)
!71 = !DILocation(line: 48, column: 19, scope: !64)
!72 = !DILocalVariable(name: "i", scope: !73, file: !2, line: 49, type: !55)
!73 = distinct !DILexicalBlock(scope: !64, file: !2, line: 49, column: 5)
!74 = !DILocation(line: 49, column: 14, scope: !73)
!75 = !DILocation(line: 49, column: 10, scope: !73)
!76 = !DILocation(line: 49, column: 21, scope: !77)
!77 = distinct !DILexicalBlock(scope: !73, file: !2, line: 49, column: 5)
!78 = !DILocation(line: 49, column: 23, scope: !77)
!79 = !DILocation(line: 49, column: 5, scope: !73)
!80 = !DILocalVariable(name: "c", scope: !81, file: !2, line: 49, type: !55)
!81 = distinct !DILexicalBlock(scope: !77, file: !2, line: 49, column: 36)
!82 = !DILocation(line: 49, column: 42, scope: !81)
!83 = !DILocation(line: 49, column: 54, scope: !81)
!84 = !DILocation(line: 49, column: 46, scope: !81)
!85 = !DILocation(line: 49, column: 62, scope: !86)
!86 = distinct !DILexicalBlock(scope: !81, file: !2, line: 49, column: 62)
!87 = !DILocation(line: 49, column: 66, scope: !86)
!88 = !DILocation(line: 49, column: 64, scope: !86)
!89 = !DILocation(line: 49, column: 81, scope: !90)
!90 = distinct !DILexicalBlock(scope: !86, file: !2, line: 49, column: 72)
!91 = !DILocation(line: 49, column: 79, scope: !90)
!92 = !DILocation(line: 49, column: 90, scope: !90)
!93 = !DILocation(line: 49, column: 88, scope: !90)
!94 = !DILocation(line: 49, column: 93, scope: !90)
!95 = !DILocation(line: 49, column: 95, scope: !81)
!96 = !DILocation(line: 49, column: 32, scope: !77)
!97 = !DILocation(line: 49, column: 5, scope: !77)
!98 = distinct !{!98, !79, !99, !100}
!99 = !DILocation(line: 49, column: 95, scope: !73)
!100 = !{!"llvm.loop.mustprogress"}
!101 = !DILocation(line: 50, column: 31, scope: !64)
!102 = !DILocation(line: 50, column: 36, scope: !64)
!103 = !DILocation(line: 50, column: 5, scope: !64)
!104 = !DILocation(line: 51, column: 28, scope: !64)
!105 = !DILocation(line: 51, column: 43, scope: !64)
!106 = !DILocation(line: 51, column: 5, scope: !64)
!107 = !DILocalVariable(name: "a", scope: !64, file: !2, line: 52, type: !108)
!108 = !DICompositeType(tag: DW_TAG_array_type, baseType: !55, size: 224, elements: !48)
!109 = !DILocation(line: 52, column: 9, scope: !64)
!110 = !DILocation(line: 53, column: 41, scope: !64)
!111 = !DILocation(line: 53, column: 31, scope: !64)
!112 = !DILocation(line: 53, column: 61, scope: !64)
!113 = !DILocation(line: 53, column: 51, scope: !64)
!114 = !DILocation(line: 53, column: 82, scope: !64)
!115 = !DILocation(line: 53, column: 72, scope: !64)
!116 = !DILocation(line: 53, column: 5, scope: !64)
!117 = !DILocation(line: 54, column: 37, scope: !64)
!118 = !DILocation(line: 54, column: 56, scope: !64)
!119 = !DILocation(line: 54, column: 76, scope: !64)
!120 = !DILocation(line: 54, column: 94, scope: !64)
!121 = !DILocation(line: 54, column: 5, scope: !64)
!122 = !DILocalVariable(name: "hits", scope: !64, file: !2, line: 55, type: !55)
!123 = !DILocation(line: 55, column: 9, scope: !64)
!124 = !DILocalVariable(name: "x", scope: !125, file: !2, line: 56, type: !55)
!125 = distinct !DILexicalBlock(scope: !64, file: !2, line: 56, column: 5)
!126 = !DILocation(line: 56, column: 14, scope: !125)
!127 = !DILocation(line: 56, column: 10, scope: !125)
!128 = !DILocation(line: 56, column: 22, scope: !129)
!129 = distinct !DILexicalBlock(scope: !125, file: !2, line: 56, column: 5)
!130 = !DILocation(line: 56, column: 24, scope: !129)
!131 = !DILocation(line: 56, column: 5, scope: !125)
!132 = !DILocation(line: 56, column: 52, scope: !129)
!133 = !DILocation(line: 56, column: 43, scope: !129)
!134 = !DILocation(line: 56, column: 40, scope: !129)
!135 = !DILocation(line: 56, column: 35, scope: !129)
!136 = !DILocation(line: 56, column: 31, scope: !129)
!137 = !DILocation(line: 56, column: 5, scope: !129)
!138 = distinct !{!138, !131, !139, !100}
!139 = !DILocation(line: 56, column: 59, scope: !125)
!140 = !DILocation(line: 57, column: 26, scope: !64)
!141 = !DILocation(line: 57, column: 5, scope: !64)
!142 = !DILocalVariable(name: "w", scope: !64, file: !2, line: 58, type: !55)
!143 = !DILocation(line: 58, column: 9, scope: !64)
!144 = !DILocalVariable(name: "i", scope: !145, file: !2, line: 59, type: !55)
!145 = distinct !DILexicalBlock(scope: !64, file: !2, line: 59, column: 5)
!146 = !DILocation(line: 59, column: 14, scope: !145)
!147 = !DILocation(line: 59, column: 10, scope: !145)
!148 = !DILocation(line: 59, column: 21, scope: !149)
!149 = distinct !DILexicalBlock(scope: !145, file: !2, line: 59, column: 5)
!150 = !DILocation(line: 59, column: 23, scope: !149)
!151 = !DILocation(line: 59, column: 5, scope: !145)
!152 = !DILocalVariable(name: "j", scope: !153, file: !2, line: 59, type: !55)
!153 = distinct !DILexicalBlock(scope: !149, file: !2, line: 59, column: 33)
!154 = !DILocation(line: 59, column: 42, scope: !153)
!155 = !DILocation(line: 59, column: 38, scope: !153)
!156 = !DILocation(line: 59, column: 49, scope: !157)
!157 = distinct !DILexicalBlock(scope: !153, file: !2, line: 59, column: 33)
!158 = !DILocation(line: 59, column: 51, scope: !157)
!159 = !DILocation(line: 59, column: 33, scope: !153)
!160 = !DILocalVariable(name: "k", scope: !161, file: !2, line: 59, type: !55)
!161 = distinct !DILexicalBlock(scope: !157, file: !2, line: 59, column: 61)
!162 = !DILocation(line: 59, column: 70, scope: !161)
!163 = !DILocation(line: 59, column: 66, scope: !161)
!164 = !DILocation(line: 59, column: 77, scope: !165)
!165 = distinct !DILexicalBlock(scope: !161, file: !2, line: 59, column: 61)
!166 = !DILocation(line: 59, column: 79, scope: !165)
!167 = !DILocation(line: 59, column: 61, scope: !161)
!168 = !DILocation(line: 59, column: 93, scope: !165)
!169 = !DILocation(line: 59, column: 95, scope: !165)
!170 = !DILocation(line: 59, column: 99, scope: !165)
!171 = !DILocation(line: 59, column: 117, scope: !165)
!172 = !DILocation(line: 59, column: 120, scope: !165)
!173 = !DILocation(line: 59, column: 123, scope: !165)
!174 = !DILocation(line: 59, column: 111, scope: !165)
!175 = !DILocation(line: 59, column: 109, scope: !165)
!176 = !DILocation(line: 59, column: 91, scope: !165)
!177 = !DILocation(line: 59, column: 89, scope: !165)
!178 = !DILocation(line: 59, column: 85, scope: !165)
!179 = !DILocation(line: 59, column: 61, scope: !165)
!180 = distinct !{!180, !167, !181, !100}
!181 = !DILocation(line: 59, column: 124, scope: !161)
!182 = !DILocation(line: 59, column: 57, scope: !157)
!183 = !DILocation(line: 59, column: 33, scope: !157)
!184 = distinct !{!184, !159, !185, !100}
!185 = !DILocation(line: 59, column: 124, scope: !153)
!186 = !DILocation(line: 59, column: 29, scope: !149)
!187 = !DILocation(line: 59, column: 5, scope: !149)
!188 = distinct !{!188, !151, !189, !100}
!189 = !DILocation(line: 59, column: 124, scope: !145)
!190 = !DILocation(line: 60, column: 26, scope: !64)
!191 = !DILocation(line: 60, column: 5, scope: !64)
!192 = !DILocation(line: 61, column: 34, scope: !64)
!193 = !DILocation(line: 61, column: 46, scope: !64)
!194 = !DILocation(line: 61, column: 58, scope: !64)
!195 = !DILocation(line: 61, column: 70, scope: !64)
!196 = !DILocation(line: 61, column: 5, scope: !64)
!197 = !DILocalVariable(name: "r1", scope: !64, file: !2, line: 62, type: !198)
!198 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!199 = !DILocation(line: 62, column: 10, scope: !64)
!200 = !DILocation(line: 62, column: 15, scope: !64)
!201 = !DILocation(line: 62, column: 27, scope: !64)
!202 = !DILocation(line: 62, column: 30, scope: !64)
!203 = !DILocation(line: 0, scope: !64)
!204 = !DILocalVariable(name: "r2", scope: !64, file: !2, line: 63, type: !198)
!205 = !DILocation(line: 63, column: 10, scope: !64)
!206 = !DILocation(line: 63, column: 15, scope: !64)
!207 = !DILocation(line: 63, column: 26, scope: !64)
!208 = !DILocation(line: 63, column: 29, scope: !64)
!209 = !DILocalVariable(name: "r3", scope: !64, file: !2, line: 64, type: !198)
!210 = !DILocation(line: 64, column: 10, scope: !64)
!211 = !DILocation(line: 64, column: 15, scope: !64)
!212 = !DILocation(line: 64, column: 26, scope: !64)
!213 = !DILocation(line: 64, column: 29, scope: !64)
!214 = !DILocation(line: 64, column: 41, scope: !64)
!215 = !DILocation(line: 64, column: 44, scope: !64)
!216 = !DILocation(line: 65, column: 41, scope: !64)
!217 = !DILocation(line: 65, column: 45, scope: !64)
!218 = !DILocation(line: 65, column: 49, scope: !64)
!219 = !DILocation(line: 65, column: 53, scope: !64)
!220 = !DILocation(line: 65, column: 5, scope: !64)
!221 = !DILocalVariable(name: "n", scope: !64, file: !2, line: 66, type: !55)
!222 = !DILocation(line: 66, column: 9, scope: !64)
!223 = !DILocalVariable(name: "it", scope: !64, file: !2, line: 66, type: !55)
!224 = !DILocation(line: 66, column: 16, scope: !64)
!225 = !DILocation(line: 67, column: 5, scope: !64)
!226 = !DILocation(line: 67, column: 21, scope: !227)
!227 = distinct !DILexicalBlock(scope: !228, file: !2, line: 67, column: 14)
!228 = distinct !DILexicalBlock(scope: !229, file: !2, line: 67, column: 5)
!229 = distinct !DILexicalBlock(scope: !64, file: !2, line: 67, column: 5)
!230 = !DILocation(line: 67, column: 18, scope: !227)
!231 = !DILocation(line: 67, column: 29, scope: !232)
!232 = distinct !DILexicalBlock(scope: !227, file: !2, line: 67, column: 29)
!233 = !DILocation(line: 67, column: 31, scope: !232)
!234 = !DILocation(line: 67, column: 38, scope: !232)
!235 = !DILocation(line: 67, column: 47, scope: !227)
!236 = !DILocation(line: 67, column: 5, scope: !228)
!237 = distinct !{!237, !238, !239}
!238 = !DILocation(line: 67, column: 5, scope: !229)
!239 = !DILocation(line: 67, column: 51, scope: !229)
!240 = !DILocation(line: 68, column: 27, scope: !64)
!241 = !DILocation(line: 68, column: 30, scope: !64)
!242 = !DILocation(line: 68, column: 5, scope: !64)
!243 = !DILocalVariable(name: "d", scope: !64, file: !2, line: 69, type: !55)
!244 = !DILocation(line: 69, column: 9, scope: !64)
!245 = !DILocation(line: 70, column: 5, scope: !64)
!246 = !DILocation(line: 70, column: 12, scope: !247)
!247 = distinct !DILexicalBlock(scope: !64, file: !2, line: 70, column: 8)
!248 = !DILocation(line: 70, column: 22, scope: !249)
!249 = distinct !DILexicalBlock(scope: !247, file: !2, line: 70, column: 22)
!250 = !DILocation(line: 70, column: 24, scope: !249)
!251 = !DILocation(line: 70, column: 28, scope: !249)
!252 = !DILocation(line: 70, column: 34, scope: !249)
!253 = !DILocation(line: 70, column: 45, scope: !247)
!254 = !DILocation(line: 70, column: 49, scope: !247)
!255 = !DILocation(line: 70, column: 58, scope: !64)
!256 = !DILocation(line: 70, column: 60, scope: !64)
!257 = distinct !{!257, !245, !258, !100}
!258 = !DILocation(line: 70, column: 64, scope: !64)
!259 = !DILocation(line: 71, column: 23, scope: !64)
!260 = !DILocation(line: 71, column: 5, scope: !64)
!261 = !DILocalVariable(name: "m", scope: !64, file: !2, line: 72, type: !55)
!262 = !DILocation(line: 72, column: 9, scope: !64)
!263 = !DILocalVariable(name: "i", scope: !264, file: !2, line: 74, type: !55)
!264 = distinct !DILexicalBlock(scope: !64, file: !2, line: 74, column: 5)
!265 = !DILocation(line: 74, column: 14, scope: !264)
!266 = !DILocation(line: 74, column: 10, scope: !264)
!267 = !DILocation(line: 74, column: 21, scope: !268)
!268 = distinct !DILexicalBlock(scope: !264, file: !2, line: 74, column: 5)
!269 = !DILocation(line: 74, column: 23, scope: !268)
!270 = !DILocation(line: 74, column: 5, scope: !264)
!271 = !DILocalVariable(name: "j", scope: !272, file: !2, line: 75, type: !55)
!272 = distinct !DILexicalBlock(scope: !273, file: !2, line: 75, column: 9)
!273 = distinct !DILexicalBlock(scope: !268, file: !2, line: 74, column: 34)
!274 = !DILocation(line: 75, column: 18, scope: !272)
!275 = !DILocation(line: 75, column: 14, scope: !272)
!276 = !DILocation(line: 75, column: 25, scope: !277)
!277 = distinct !DILexicalBlock(scope: !272, file: !2, line: 75, column: 9)
!278 = !DILocation(line: 75, column: 27, scope: !277)
!279 = !DILocation(line: 75, column: 9, scope: !272)
!280 = !DILocation(line: 76, column: 17, scope: !281)
!281 = distinct !DILexicalBlock(scope: !282, file: !2, line: 76, column: 17)
!282 = distinct !DILexicalBlock(scope: !277, file: !2, line: 75, column: 38)
!283 = !DILocation(line: 76, column: 21, scope: !281)
!284 = !DILocation(line: 76, column: 19, scope: !281)
!285 = !DILocation(line: 76, column: 24, scope: !281)
!286 = !DILocation(line: 77, column: 18, scope: !287)
!287 = distinct !DILexicalBlock(scope: !282, file: !2, line: 77, column: 17)
!288 = !DILocation(line: 77, column: 22, scope: !287)
!289 = !DILocation(line: 77, column: 20, scope: !287)
!290 = !DILocation(line: 77, column: 25, scope: !287)
!291 = !DILocation(line: 77, column: 29, scope: !287)
!292 = !DILocation(line: 77, column: 35, scope: !287)
!293 = !DILocation(line: 78, column: 18, scope: !282)
!294 = !DILocation(line: 78, column: 22, scope: !282)
!295 = !DILocation(line: 78, column: 20, scope: !282)
!296 = !DILocation(line: 78, column: 15, scope: !282)
!297 = !DILocation(line: 79, column: 17, scope: !298)
!298 = distinct !DILexicalBlock(scope: !282, file: !2, line: 79, column: 17)
!299 = !DILocation(line: 79, column: 19, scope: !298)
!300 = !DILocation(line: 79, column: 26, scope: !298)
!301 = !DILocation(line: 80, column: 9, scope: !282)
!302 = !DILocation(line: 75, column: 34, scope: !277)
!303 = !DILocation(line: 75, column: 9, scope: !277)
!304 = distinct !{!304, !279, !305, !100}
!305 = !DILocation(line: 80, column: 9, scope: !272)
!306 = !DILocation(line: 81, column: 5, scope: !273)
!307 = !DILocation(line: 74, column: 30, scope: !268)
!308 = !DILocation(line: 74, column: 5, scope: !268)
!309 = distinct !{!309, !270, !310, !100}
!310 = !DILocation(line: 81, column: 5, scope: !264)
!311 = !DILabel(scope: !64, name: "out", file: !2, line: 82, column: 5)
!312 = !DILocation(line: 82, column: 5, scope: !64)
!313 = !DILocation(line: 83, column: 22, scope: !64)
!314 = !DILocation(line: 83, column: 5, scope: !64)
!315 = !DILocation(line: 85, column: 12, scope: !64)
!316 = !DILocation(line: 85, column: 17, scope: !64)
!317 = !DILocation(line: 85, column: 5, scope: !64)
!318 = distinct !DISubprogram(name: "collatz", scope: !2, file: !2, line: 7, type: !319, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !67)
!319 = !DISubroutineType(types: !320)
!320 = !{!55, !321}
!321 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!322 = !DILocalVariable(name: "n", arg: 1, scope: !318, file: !2, line: 7, type: !321)
!323 = !DILocation(line: 7, column: 30, scope: !318)
!324 = !DILocalVariable(name: "steps", scope: !318, file: !2, line: 7, type: !55)
!325 = !DILocation(line: 7, column: 39, scope: !318)
!326 = !DILocation(line: 7, column: 50, scope: !318)
!327 = !DILocation(line: 7, column: 57, scope: !318)
!328 = !DILocation(line: 7, column: 59, scope: !318)
!329 = !DILocation(line: 7, column: 72, scope: !330)
!330 = distinct !DILexicalBlock(scope: !318, file: !2, line: 7, column: 65)
!331 = !DILocation(line: 7, column: 74, scope: !330)
!332 = !DILocation(line: 7, column: 71, scope: !330)
!333 = !DILocation(line: 7, column: 85, scope: !330)
!334 = !DILocation(line: 7, column: 83, scope: !330)
!335 = !DILocation(line: 7, column: 87, scope: !330)
!336 = !DILocation(line: 7, column: 93, scope: !330)
!337 = !DILocation(line: 7, column: 95, scope: !330)
!338 = !DILocation(line: 7, column: 69, scope: !330)
!339 = !DILocation(line: 7, column: 105, scope: !330)
!340 = distinct !{!340, !326, !341, !100}
!341 = !DILocation(line: 7, column: 109, scope: !318)
!342 = !DILocation(line: 7, column: 118, scope: !318)
!343 = !DILocation(line: 7, column: 111, scope: !318)
!344 = distinct !DISubprogram(name: "goto_loop", scope: !2, file: !2, line: 8, type: !345, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !67)
!345 = !DISubroutineType(types: !346)
!346 = !{!55, !55}
!347 = !DILocalVariable(name: "n", arg: 1, scope: !344, file: !2, line: 8, type: !55)
!348 = !DILocation(line: 8, column: 26, scope: !344)
!349 = !DILocalVariable(name: "i", scope: !344, file: !2, line: 9, type: !55)
!350 = !DILocation(line: 9, column: 9, scope: !344)
!351 = !DILocalVariable(name: "s", scope: !344, file: !2, line: 9, type: !55)
!352 = !DILocation(line: 9, column: 16, scope: !344)
!353 = !DILocation(line: 9, column: 5, scope: !344)
!354 = !DILabel(scope: !344, name: "top", file: !2, line: 10, column: 1)
!355 = !DILocation(line: 10, column: 1, scope: !344)
!356 = !DILocation(line: 11, column: 9, scope: !357)
!357 = distinct !DILexicalBlock(scope: !344, file: !2, line: 11, column: 9)
!358 = !DILocation(line: 11, column: 14, scope: !357)
!359 = !DILocation(line: 11, column: 11, scope: !357)
!360 = !DILocation(line: 11, column: 17, scope: !357)
!361 = !DILocation(line: 12, column: 10, scope: !344)
!362 = !DILocation(line: 12, column: 14, scope: !344)
!363 = !DILocation(line: 12, column: 12, scope: !344)
!364 = !DILocation(line: 12, column: 7, scope: !344)
!365 = !DILocation(line: 13, column: 6, scope: !344)
!366 = !DILocation(line: 14, column: 5, scope: !344)
!367 = !DILabel(scope: !344, name: "done", file: !2, line: 15, column: 1)
!368 = !DILocation(line: 15, column: 1, scope: !344)
!369 = !DILocation(line: 16, column: 12, scope: !344)
!370 = !DILocation(line: 16, column: 5, scope: !344)
!371 = distinct !DISubprogram(name: "find_pair", scope: !2, file: !2, line: 18, type: !372, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !67)
!372 = !DISubroutineType(types: !373)
!373 = !{!55, !374, !55, !55}
!374 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !375, size: 64)
!375 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !55)
!376 = !DILocalVariable(name: "a", arg: 1, scope: !371, file: !2, line: 18, type: !374)
!377 = !DILocation(line: 18, column: 33, scope: !371)
!378 = !DILocalVariable(name: "n", arg: 2, scope: !371, file: !2, line: 18, type: !55)
!379 = !DILocation(line: 18, column: 40, scope: !371)
!380 = !DILocalVariable(name: "target", arg: 3, scope: !371, file: !2, line: 18, type: !55)
!381 = !DILocation(line: 18, column: 47, scope: !371)
!382 = !DILocalVariable(name: "i", scope: !383, file: !2, line: 19, type: !55)
!383 = distinct !DILexicalBlock(scope: !371, file: !2, line: 19, column: 5)
!384 = !DILocation(line: 19, column: 14, scope: !383)
!385 = !DILocation(line: 19, column: 10, scope: !383)
!386 = !DILocation(line: 19, column: 21, scope: !387)
!387 = distinct !DILexicalBlock(scope: !383, file: !2, line: 19, column: 5)
!388 = !DILocation(line: 19, column: 25, scope: !387)
!389 = !DILocation(line: 19, column: 23, scope: !387)
!390 = !DILocation(line: 19, column: 5, scope: !383)
!391 = !DILocalVariable(name: "j", scope: !392, file: !2, line: 20, type: !55)
!392 = distinct !DILexicalBlock(scope: !387, file: !2, line: 20, column: 9)
!393 = !DILocation(line: 20, column: 18, scope: !392)
!394 = !DILocation(line: 20, column: 22, scope: !392)
!395 = !DILocation(line: 20, column: 24, scope: !392)
!396 = !DILocation(line: 20, column: 14, scope: !392)
!397 = !DILocation(line: 20, column: 29, scope: !398)
!398 = distinct !DILexicalBlock(scope: !392, file: !2, line: 20, column: 9)
!399 = !DILocation(line: 20, column: 33, scope: !398)
!400 = !DILocation(line: 20, column: 31, scope: !398)
!401 = !DILocation(line: 20, column: 9, scope: !392)
!402 = !DILocation(line: 21, column: 17, scope: !403)
!403 = distinct !DILexicalBlock(scope: !404, file: !2, line: 21, column: 17)
!404 = distinct !DILexicalBlock(scope: !398, file: !2, line: 20, column: 41)
!405 = !DILocation(line: 21, column: 19, scope: !403)
!406 = !DILocation(line: 21, column: 24, scope: !403)
!407 = !DILocation(line: 21, column: 26, scope: !403)
!408 = !DILocation(line: 21, column: 22, scope: !403)
!409 = !DILocation(line: 21, column: 32, scope: !403)
!410 = !DILocation(line: 21, column: 29, scope: !403)
!411 = !DILocation(line: 21, column: 40, scope: !403)
!412 = !DILocation(line: 22, column: 17, scope: !413)
!413 = distinct !DILexicalBlock(scope: !404, file: !2, line: 22, column: 17)
!414 = !DILocation(line: 22, column: 19, scope: !413)
!415 = !DILocation(line: 22, column: 22, scope: !413)
!416 = !DILocation(line: 22, column: 27, scope: !413)
!417 = !DILocation(line: 23, column: 20, scope: !404)
!418 = !DILocation(line: 23, column: 22, scope: !404)
!419 = !DILocation(line: 23, column: 30, scope: !404)
!420 = !DILocation(line: 23, column: 28, scope: !404)
!421 = !DILocation(line: 23, column: 13, scope: !404)
!422 = !DILocation(line: 20, column: 37, scope: !398)
!423 = !DILocation(line: 20, column: 9, scope: !398)
!424 = distinct !{!424, !401, !425, !100}
!425 = !DILocation(line: 24, column: 9, scope: !392)
!426 = !DILocation(line: 19, column: 29, scope: !387)
!427 = !DILocation(line: 19, column: 5, scope: !387)
!428 = distinct !{!428, !390, !429, !100}
!429 = !DILocation(line: 24, column: 9, scope: !383)
!430 = !DILocation(line: 25, column: 5, scope: !371)
!431 = !DILocation(line: 26, column: 1, scope: !371)
!432 = distinct !DISubprogram(name: "cleanup_style", scope: !2, file: !2, line: 27, type: !345, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !67)
!433 = !DILocalVariable(name: "x", arg: 1, scope: !432, file: !2, line: 27, type: !55)
!434 = !DILocation(line: 27, column: 30, scope: !432)
!435 = !DILocalVariable(name: "r", scope: !432, file: !2, line: 28, type: !55)
!436 = !DILocation(line: 28, column: 9, scope: !432)
!437 = !DILocation(line: 29, column: 9, scope: !438)
!438 = distinct !DILexicalBlock(scope: !432, file: !2, line: 29, column: 9)
!439 = !DILocation(line: 29, column: 11, scope: !438)
!440 = !DILocation(line: 29, column: 16, scope: !438)
!441 = !DILocation(line: 30, column: 7, scope: !432)
!442 = !DILocation(line: 31, column: 9, scope: !443)
!443 = distinct !DILexicalBlock(scope: !432, file: !2, line: 31, column: 9)
!444 = !DILocation(line: 31, column: 11, scope: !443)
!445 = !DILocation(line: 31, column: 18, scope: !443)
!446 = !DILocation(line: 32, column: 7, scope: !432)
!447 = !DILocation(line: 33, column: 9, scope: !448)
!448 = distinct !DILexicalBlock(scope: !432, file: !2, line: 33, column: 9)
!449 = !DILocation(line: 33, column: 11, scope: !448)
!450 = !DILocation(line: 33, column: 16, scope: !448)
!451 = !DILocation(line: 34, column: 12, scope: !432)
!452 = !DILocation(line: 34, column: 5, scope: !432)
!453 = !DILabel(scope: !432, name: "odd", file: !2, line: 35, column: 1)
!454 = !DILocation(line: 35, column: 1, scope: !432)
!455 = !DILocation(line: 36, column: 7, scope: !432)
!456 = !DILocation(line: 37, column: 12, scope: !432)
!457 = !DILocation(line: 37, column: 5, scope: !432)
!458 = !DILabel(scope: !432, name: "fail", file: !2, line: 38, column: 1)
!459 = !DILocation(line: 38, column: 1, scope: !432)
!460 = !DILocation(line: 39, column: 13, scope: !432)
!461 = !DILocation(line: 39, column: 12, scope: !432)
!462 = !DILocation(line: 39, column: 5, scope: !432)
!463 = !DILocation(line: 40, column: 1, scope: !432)
!464 = distinct !DISubprogram(name: "in_range", scope: !2, file: !2, line: 41, type: !465, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !67)
!465 = !DISubroutineType(types: !466)
!466 = !{!198, !55, !55, !55}
!467 = !DILocalVariable(name: "x", arg: 1, scope: !464, file: !2, line: 41, type: !55)
!468 = !DILocation(line: 41, column: 26, scope: !464)
!469 = !DILocalVariable(name: "lo", arg: 2, scope: !464, file: !2, line: 41, type: !55)
!470 = !DILocation(line: 41, column: 33, scope: !464)
!471 = !DILocalVariable(name: "hi", arg: 3, scope: !464, file: !2, line: 41, type: !55)
!472 = !DILocation(line: 41, column: 41, scope: !464)
!473 = !DILocation(line: 41, column: 54, scope: !464)
!474 = !DILocation(line: 41, column: 59, scope: !464)
!475 = !DILocation(line: 41, column: 56, scope: !464)
!476 = !DILocation(line: 41, column: 62, scope: !464)
!477 = !DILocation(line: 41, column: 65, scope: !464)
!478 = !DILocation(line: 41, column: 70, scope: !464)
!479 = !DILocation(line: 41, column: 67, scope: !464)
!480 = !DILocation(line: 0, scope: !464)
!481 = !DILocation(line: 41, column: 47, scope: !464)
!482 = distinct !DISubprogram(name: "weird", scope: !2, file: !2, line: 42, type: !465, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !67)
!483 = !DILocalVariable(name: "a", arg: 1, scope: !482, file: !2, line: 42, type: !55)
!484 = !DILocation(line: 42, column: 23, scope: !482)
!485 = !DILocalVariable(name: "b", arg: 2, scope: !482, file: !2, line: 42, type: !55)
!486 = !DILocation(line: 42, column: 30, scope: !482)
!487 = !DILocalVariable(name: "c", arg: 3, scope: !482, file: !2, line: 42, type: !55)
!488 = !DILocation(line: 42, column: 37, scope: !482)
!489 = !DILocation(line: 42, column: 50, scope: !482)
!490 = !DILocation(line: 42, column: 52, scope: !482)
!491 = !DILocation(line: 42, column: 56, scope: !482)
!492 = !DILocation(line: 42, column: 59, scope: !482)
!493 = !DILocation(line: 42, column: 63, scope: !482)
!494 = !DILocation(line: 42, column: 65, scope: !482)
!495 = !DILocation(line: 42, column: 68, scope: !482)
!496 = !DILocation(line: 42, column: 71, scope: !482)
!497 = !DILocation(line: 42, column: 76, scope: !482)
!498 = !DILocation(line: 42, column: 78, scope: !482)
!499 = !DILocation(line: 42, column: 82, scope: !482)
!500 = !DILocation(line: 42, column: 84, scope: !482)
!501 = !DILocation(line: 42, column: 87, scope: !482)
!502 = !DILocation(line: 42, column: 89, scope: !482)
!503 = !DILocation(line: 0, scope: !482)
!504 = !DILocation(line: 42, column: 42, scope: !482)
!505 = distinct !DISubprogram(name: "tern", scope: !2, file: !2, line: 43, type: !506, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !67)
!506 = !DISubroutineType(types: !507)
!507 = !{!55, !55, !55}
!508 = !DILocalVariable(name: "a", arg: 1, scope: !505, file: !2, line: 43, type: !55)
!509 = !DILocation(line: 43, column: 21, scope: !505)
!510 = !DILocalVariable(name: "b", arg: 2, scope: !505, file: !2, line: 43, type: !55)
!511 = !DILocation(line: 43, column: 28, scope: !505)
!512 = !DILocation(line: 43, column: 40, scope: !505)
!513 = !DILocation(line: 43, column: 44, scope: !505)
!514 = !DILocation(line: 43, column: 42, scope: !505)
!515 = !DILocation(line: 43, column: 48, scope: !505)
!516 = !DILocation(line: 43, column: 52, scope: !505)
!517 = !DILocation(line: 43, column: 50, scope: !505)
!518 = !DILocation(line: 43, column: 56, scope: !505)
!519 = !DILocation(line: 43, column: 60, scope: !505)
!520 = !DILocation(line: 43, column: 58, scope: !505)
!521 = !DILocation(line: 43, column: 64, scope: !505)
!522 = !DILocation(line: 43, column: 68, scope: !505)
!523 = !DILocation(line: 43, column: 66, scope: !505)
!524 = !DILocation(line: 43, column: 72, scope: !505)
!525 = !DILocation(line: 43, column: 74, scope: !505)
!526 = !DILocation(line: 43, column: 33, scope: !505)
!527 = distinct !DISubprogram(name: "side", scope: !2, file: !2, line: 45, type: !528, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !67)
!528 = !DISubroutineType(types: !529)
!529 = !{!198, !198}
!530 = !DILocalVariable(name: "v", arg: 1, scope: !527, file: !2, line: 45, type: !198)
!531 = !DILocation(line: 45, column: 23, scope: !527)
!532 = !DILocation(line: 45, column: 35, scope: !527)
!533 = !DILocation(line: 45, column: 46, scope: !527)
!534 = !DILocation(line: 45, column: 39, scope: !527)
