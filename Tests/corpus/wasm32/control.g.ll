; ModuleID = 'control.c'
source_filename = "control.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

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

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 !dbg !60 {
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
    #dbg_declare(ptr %2, !64, !DIExpression(), !65)
  store i32 0, ptr %2, align 4, !dbg !65
    #dbg_declare(ptr %3, !66, !DIExpression(), !67)
  store i32 0, ptr %3, align 4, !dbg !67
    #dbg_declare(ptr %4, !68, !DIExpression(), !70)
  store i32 1, ptr %4, align 4, !dbg !70
  br label %22, !dbg !71

22:                                               ; preds = %36, %0
  %23 = load i32, ptr %4, align 4, !dbg !72
  %24 = icmp slt i32 %23, 3000, !dbg !74
  br i1 %24, label %25, label %39, !dbg !75

25:                                               ; preds = %22
    #dbg_declare(ptr %5, !76, !DIExpression(), !78)
  %26 = load i32, ptr %4, align 4, !dbg !79
  %27 = sext i32 %26 to i64, !dbg !79
  %28 = call i32 @collatz(i64 noundef %27), !dbg !80
  store i32 %28, ptr %5, align 4, !dbg !78
  %29 = load i32, ptr %5, align 4, !dbg !81
  %30 = load i32, ptr %2, align 4, !dbg !83
  %31 = icmp sgt i32 %29, %30, !dbg !84
  br i1 %31, label %32, label %35, !dbg !84

32:                                               ; preds = %25
  %33 = load i32, ptr %5, align 4, !dbg !85
  store i32 %33, ptr %2, align 4, !dbg !87
  %34 = load i32, ptr %4, align 4, !dbg !88
  store i32 %34, ptr %3, align 4, !dbg !89
  br label %35, !dbg !90

35:                                               ; preds = %32, %25
  br label %36, !dbg !91

36:                                               ; preds = %35
  %37 = load i32, ptr %4, align 4, !dbg !92
  %38 = add nsw i32 %37, 1, !dbg !92
  store i32 %38, ptr %4, align 4, !dbg !92
  br label %22, !dbg !93, !llvm.loop !94

39:                                               ; preds = %22
  %40 = load i32, ptr %3, align 4, !dbg !97
  %41 = load i32, ptr %2, align 4, !dbg !98
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %40, i32 noundef %41), !dbg !99
  %43 = call i32 @goto_loop(i32 noundef 10), !dbg !100
  %44 = call i32 @goto_loop(i32 noundef 0), !dbg !101
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %43, i32 noundef %44), !dbg !102
    #dbg_declare(ptr %6, !103, !DIExpression(), !105)
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %6, ptr align 16 @__const.main.a, i32 28, i1 false), !dbg !105
  %46 = getelementptr inbounds [7 x i32], ptr %6, i32 0, i32 0, !dbg !106
  %47 = call i32 @find_pair(ptr noundef %46, i32 noundef 7, i32 noundef 9), !dbg !107
  %48 = getelementptr inbounds [7 x i32], ptr %6, i32 0, i32 0, !dbg !108
  %49 = call i32 @find_pair(ptr noundef %48, i32 noundef 7, i32 noundef 20), !dbg !109
  %50 = getelementptr inbounds [7 x i32], ptr %6, i32 0, i32 0, !dbg !110
  %51 = call i32 @find_pair(ptr noundef %50, i32 noundef 7, i32 noundef 1000), !dbg !111
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %47, i32 noundef %49, i32 noundef %51), !dbg !112
  %53 = call i32 @cleanup_style(i32 noundef -1), !dbg !113
  %54 = call i32 @cleanup_style(i32 noundef 200), !dbg !114
  %55 = call i32 @cleanup_style(i32 noundef 4), !dbg !115
  %56 = call i32 @cleanup_style(i32 noundef 5), !dbg !116
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %53, i32 noundef %54, i32 noundef %55, i32 noundef %56), !dbg !117
    #dbg_declare(ptr %7, !118, !DIExpression(), !119)
  store i32 0, ptr %7, align 4, !dbg !119
    #dbg_declare(ptr %8, !120, !DIExpression(), !122)
  store i32 -5, ptr %8, align 4, !dbg !122
  br label %58, !dbg !123

58:                                               ; preds = %67, %39
  %59 = load i32, ptr %8, align 4, !dbg !124
  %60 = icmp slt i32 %59, 15, !dbg !126
  br i1 %60, label %61, label %70, !dbg !127

61:                                               ; preds = %58
  %62 = load i32, ptr %8, align 4, !dbg !128
  %63 = call zeroext i1 @in_range(i32 noundef %62, i32 noundef 0, i32 noundef 9), !dbg !129
  %64 = zext i1 %63 to i32, !dbg !129
  %65 = load i32, ptr %7, align 4, !dbg !130
  %66 = add nsw i32 %65, %64, !dbg !130
  store i32 %66, ptr %7, align 4, !dbg !130
  br label %67, !dbg !131

67:                                               ; preds = %61
  %68 = load i32, ptr %8, align 4, !dbg !132
  %69 = add nsw i32 %68, 1, !dbg !132
  store i32 %69, ptr %8, align 4, !dbg !132
  br label %58, !dbg !133, !llvm.loop !134

70:                                               ; preds = %58
  %71 = load i32, ptr %7, align 4, !dbg !136
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %71), !dbg !137
    #dbg_declare(ptr %9, !138, !DIExpression(), !139)
  store i32 0, ptr %9, align 4, !dbg !139
    #dbg_declare(ptr %10, !140, !DIExpression(), !142)
  store i32 0, ptr %10, align 4, !dbg !142
  br label %73, !dbg !143

73:                                               ; preds = %102, %70
  %74 = load i32, ptr %10, align 4, !dbg !144
  %75 = icmp slt i32 %74, 5, !dbg !146
  br i1 %75, label %76, label %105, !dbg !147

76:                                               ; preds = %73
    #dbg_declare(ptr %11, !148, !DIExpression(), !150)
  store i32 0, ptr %11, align 4, !dbg !150
  br label %77, !dbg !151

77:                                               ; preds = %98, %76
  %78 = load i32, ptr %11, align 4, !dbg !152
  %79 = icmp slt i32 %78, 5, !dbg !154
  br i1 %79, label %80, label %101, !dbg !155

80:                                               ; preds = %77
    #dbg_declare(ptr %12, !156, !DIExpression(), !158)
  store i32 0, ptr %12, align 4, !dbg !158
  br label %81, !dbg !159

81:                                               ; preds = %94, %80
  %82 = load i32, ptr %12, align 4, !dbg !160
  %83 = icmp slt i32 %82, 2, !dbg !162
  br i1 %83, label %84, label %97, !dbg !163

84:                                               ; preds = %81
  %85 = load i32, ptr %9, align 4, !dbg !164
  %86 = mul nsw i32 %85, 2, !dbg !165
  %87 = srem i32 %86, 1000003, !dbg !166
  %88 = load i32, ptr %10, align 4, !dbg !167
  %89 = load i32, ptr %11, align 4, !dbg !168
  %90 = load i32, ptr %12, align 4, !dbg !169
  %91 = call zeroext i1 @weird(i32 noundef %88, i32 noundef %89, i32 noundef %90), !dbg !170
  %92 = zext i1 %91 to i32, !dbg !170
  %93 = add nsw i32 %87, %92, !dbg !171
  store i32 %93, ptr %9, align 4, !dbg !172
  br label %94, !dbg !173

94:                                               ; preds = %84
  %95 = load i32, ptr %12, align 4, !dbg !174
  %96 = add nsw i32 %95, 1, !dbg !174
  store i32 %96, ptr %12, align 4, !dbg !174
  br label %81, !dbg !175, !llvm.loop !176

97:                                               ; preds = %81
  br label %98, !dbg !177

98:                                               ; preds = %97
  %99 = load i32, ptr %11, align 4, !dbg !178
  %100 = add nsw i32 %99, 1, !dbg !178
  store i32 %100, ptr %11, align 4, !dbg !178
  br label %77, !dbg !179, !llvm.loop !180

101:                                              ; preds = %77
  br label %102, !dbg !181

102:                                              ; preds = %101
  %103 = load i32, ptr %10, align 4, !dbg !182
  %104 = add nsw i32 %103, 1, !dbg !182
  store i32 %104, ptr %10, align 4, !dbg !182
  br label %73, !dbg !183, !llvm.loop !184

105:                                              ; preds = %73
  %106 = load i32, ptr %9, align 4, !dbg !186
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %106), !dbg !187
  %108 = call i32 @tern(i32 noundef 5, i32 noundef 2), !dbg !188
  %109 = call i32 @tern(i32 noundef 2, i32 noundef 5), !dbg !189
  %110 = call i32 @tern(i32 noundef 0, i32 noundef 0), !dbg !190
  %111 = call i32 @tern(i32 noundef 3, i32 noundef 3), !dbg !191
  %112 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %108, i32 noundef %109, i32 noundef %110, i32 noundef %111), !dbg !192
    #dbg_declare(ptr %13, !193, !DIExpression(), !195)
  %113 = call zeroext i1 @side(i1 noundef zeroext false), !dbg !196
  br i1 %113, label %114, label %116, !dbg !197

114:                                              ; preds = %105
  %115 = call zeroext i1 @side(i1 noundef zeroext true), !dbg !198
  br label %116

116:                                              ; preds = %114, %105
  %117 = phi i1 [ false, %105 ], [ %115, %114 ], !dbg !199
  %118 = zext i1 %117 to i8, !dbg !195
  store i8 %118, ptr %13, align 1, !dbg !195
    #dbg_declare(ptr %14, !200, !DIExpression(), !201)
  %119 = call zeroext i1 @side(i1 noundef zeroext true), !dbg !202
  br i1 %119, label %122, label %120, !dbg !203

120:                                              ; preds = %116
  %121 = call zeroext i1 @side(i1 noundef zeroext false), !dbg !204
  br label %122, !dbg !203

122:                                              ; preds = %120, %116
  %123 = phi i1 [ true, %116 ], [ %121, %120 ]
  %124 = zext i1 %123 to i8, !dbg !201
  store i8 %124, ptr %14, align 1, !dbg !201
    #dbg_declare(ptr %15, !205, !DIExpression(), !206)
  %125 = call zeroext i1 @side(i1 noundef zeroext true), !dbg !207
  br i1 %125, label %126, label %130, !dbg !208

126:                                              ; preds = %122
  %127 = call zeroext i1 @side(i1 noundef zeroext false), !dbg !209
  br i1 %127, label %128, label %130, !dbg !210

128:                                              ; preds = %126
  %129 = call zeroext i1 @side(i1 noundef zeroext true), !dbg !211
  br label %130

130:                                              ; preds = %128, %126, %122
  %131 = phi i1 [ false, %126 ], [ false, %122 ], [ %129, %128 ], !dbg !199
  %132 = zext i1 %131 to i8, !dbg !206
  store i8 %132, ptr %15, align 1, !dbg !206
  %133 = load i8, ptr %13, align 1, !dbg !212
  %134 = trunc i8 %133 to i1, !dbg !212
  %135 = zext i1 %134 to i32, !dbg !212
  %136 = load i8, ptr %14, align 1, !dbg !213
  %137 = trunc i8 %136 to i1, !dbg !213
  %138 = zext i1 %137 to i32, !dbg !213
  %139 = load i8, ptr %15, align 1, !dbg !214
  %140 = trunc i8 %139 to i1, !dbg !214
  %141 = zext i1 %140 to i32, !dbg !214
  %142 = load i32, ptr @counter, align 4, !dbg !215
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %135, i32 noundef %138, i32 noundef %141, i32 noundef %142), !dbg !216
    #dbg_declare(ptr %16, !217, !DIExpression(), !218)
  store i32 0, ptr %16, align 4, !dbg !218
    #dbg_declare(ptr %17, !219, !DIExpression(), !220)
  store i32 0, ptr %17, align 4, !dbg !220
  br label %144, !dbg !221

144:                                              ; preds = %151, %130
  %145 = load i32, ptr %17, align 4, !dbg !222
  %146 = load i32, ptr %16, align 4, !dbg !226
  %147 = add nsw i32 %146, %145, !dbg !226
  store i32 %147, ptr %16, align 4, !dbg !226
  %148 = load i32, ptr %16, align 4, !dbg !227
  %149 = icmp sgt i32 %148, 100, !dbg !229
  br i1 %149, label %150, label %151, !dbg !229

150:                                              ; preds = %144
  br label %154, !dbg !230

151:                                              ; preds = %144
  %152 = load i32, ptr %17, align 4, !dbg !231
  %153 = add nsw i32 %152, 1, !dbg !231
  store i32 %153, ptr %17, align 4, !dbg !231
  br label %144, !dbg !232, !llvm.loop !233

154:                                              ; preds = %150
  %155 = load i32, ptr %16, align 4, !dbg !236
  %156 = load i32, ptr %17, align 4, !dbg !237
  %157 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %155, i32 noundef %156), !dbg !238
    #dbg_declare(ptr %18, !239, !DIExpression(), !240)
  store i32 0, ptr %18, align 4, !dbg !240
  br label %158, !dbg !241

158:                                              ; preds = %168, %154
  %159 = load i32, ptr %18, align 4, !dbg !242
  %160 = add nsw i32 %159, 3, !dbg !242
  store i32 %160, ptr %18, align 4, !dbg !242
  %161 = load i32, ptr %18, align 4, !dbg !244
  %162 = srem i32 %161, 2, !dbg !246
  %163 = icmp eq i32 %162, 0, !dbg !247
  br i1 %163, label %164, label %165, !dbg !247

164:                                              ; preds = %158
  br label %168, !dbg !248

165:                                              ; preds = %158
  %166 = load i32, ptr %18, align 4, !dbg !249
  %167 = add nsw i32 %166, 1, !dbg !249
  store i32 %167, ptr %18, align 4, !dbg !249
  br label %168, !dbg !250

168:                                              ; preds = %165, %164
  %169 = load i32, ptr %18, align 4, !dbg !251
  %170 = icmp slt i32 %169, 30, !dbg !252
  br i1 %170, label %158, label %171, !dbg !250, !llvm.loop !253

171:                                              ; preds = %168
  %172 = load i32, ptr %18, align 4, !dbg !255
  %173 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %172), !dbg !256
    #dbg_declare(ptr %19, !257, !DIExpression(), !258)
  store i32 0, ptr %19, align 4, !dbg !258
    #dbg_declare(ptr %20, !259, !DIExpression(), !261)
  store i32 0, ptr %20, align 4, !dbg !261
  br label %174, !dbg !262

174:                                              ; preds = %207, %171
  %175 = load i32, ptr %20, align 4, !dbg !263
  %176 = icmp slt i32 %175, 10, !dbg !265
  br i1 %176, label %177, label %210, !dbg !266

177:                                              ; preds = %174
    #dbg_declare(ptr %21, !267, !DIExpression(), !270)
  store i32 0, ptr %21, align 4, !dbg !270
  br label %178, !dbg !271

178:                                              ; preds = %203, %177
  %179 = load i32, ptr %21, align 4, !dbg !272
  %180 = icmp slt i32 %179, 10, !dbg !274
  br i1 %180, label %181, label %206, !dbg !275

181:                                              ; preds = %178
  %182 = load i32, ptr %21, align 4, !dbg !276
  %183 = load i32, ptr %20, align 4, !dbg !279
  %184 = icmp sgt i32 %182, %183, !dbg !280
  br i1 %184, label %185, label %186, !dbg !280

185:                                              ; preds = %181
  br label %206, !dbg !281

186:                                              ; preds = %181
  %187 = load i32, ptr %20, align 4, !dbg !282
  %188 = load i32, ptr %21, align 4, !dbg !284
  %189 = add nsw i32 %187, %188, !dbg !285
  %190 = srem i32 %189, 3, !dbg !286
  %191 = icmp eq i32 %190, 0, !dbg !287
  br i1 %191, label %192, label %193, !dbg !287

192:                                              ; preds = %186
  br label %203, !dbg !288

193:                                              ; preds = %186
  %194 = load i32, ptr %20, align 4, !dbg !289
  %195 = load i32, ptr %21, align 4, !dbg !290
  %196 = mul nsw i32 %194, %195, !dbg !291
  %197 = load i32, ptr %19, align 4, !dbg !292
  %198 = add nsw i32 %197, %196, !dbg !292
  store i32 %198, ptr %19, align 4, !dbg !292
  %199 = load i32, ptr %19, align 4, !dbg !293
  %200 = icmp sgt i32 %199, 500, !dbg !295
  br i1 %200, label %201, label %202, !dbg !295

201:                                              ; preds = %193
  br label %211, !dbg !296

202:                                              ; preds = %193
  br label %203, !dbg !297

203:                                              ; preds = %202, %192
  %204 = load i32, ptr %21, align 4, !dbg !298
  %205 = add nsw i32 %204, 1, !dbg !298
  store i32 %205, ptr %21, align 4, !dbg !298
  br label %178, !dbg !299, !llvm.loop !300

206:                                              ; preds = %185, %178
  br label %207, !dbg !302

207:                                              ; preds = %206
  %208 = load i32, ptr %20, align 4, !dbg !303
  %209 = add nsw i32 %208, 1, !dbg !303
  store i32 %209, ptr %20, align 4, !dbg !303
  br label %174, !dbg !304, !llvm.loop !305

210:                                              ; preds = %174
  br label %211, !dbg !306

211:                                              ; preds = %210, %201
    #dbg_label(!307, !308)
  %212 = load i32, ptr %19, align 4, !dbg !309
  %213 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %212), !dbg !310
  %214 = load i32, ptr %2, align 4, !dbg !311
  %215 = and i32 %214, 63, !dbg !312
  ret i32 %215, !dbg !313
}

; Function Attrs: noinline nounwind optnone
define internal i32 @collatz(i64 noundef %0) #0 !dbg !314 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8
    #dbg_declare(ptr %2, !318, !DIExpression(), !319)
    #dbg_declare(ptr %3, !320, !DIExpression(), !321)
  store i32 0, ptr %3, align 4, !dbg !321
  br label %4, !dbg !322

4:                                                ; preds = %18, %1
  %5 = load i64, ptr %2, align 8, !dbg !323
  %6 = icmp ne i64 %5, 1, !dbg !324
  br i1 %6, label %7, label %22, !dbg !322

7:                                                ; preds = %4
  %8 = load i64, ptr %2, align 8, !dbg !325
  %9 = and i64 %8, 1, !dbg !327
  %10 = icmp ne i64 %9, 0, !dbg !327
  br i1 %10, label %11, label %15, !dbg !328

11:                                               ; preds = %7
  %12 = load i64, ptr %2, align 8, !dbg !329
  %13 = mul nsw i64 3, %12, !dbg !330
  %14 = add nsw i64 %13, 1, !dbg !331
  br label %18, !dbg !328

15:                                               ; preds = %7
  %16 = load i64, ptr %2, align 8, !dbg !332
  %17 = sdiv i64 %16, 2, !dbg !333
  br label %18, !dbg !328

18:                                               ; preds = %15, %11
  %19 = phi i64 [ %14, %11 ], [ %17, %15 ], !dbg !328
  store i64 %19, ptr %2, align 8, !dbg !334
  %20 = load i32, ptr %3, align 4, !dbg !335
  %21 = add nsw i32 %20, 1, !dbg !335
  store i32 %21, ptr %3, align 4, !dbg !335
  br label %4, !dbg !322, !llvm.loop !336

22:                                               ; preds = %4
  %23 = load i32, ptr %3, align 4, !dbg !338
  ret i32 %23, !dbg !339
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @goto_loop(i32 noundef %0) #0 !dbg !340 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !343, !DIExpression(), !344)
    #dbg_declare(ptr %3, !345, !DIExpression(), !346)
  store i32 0, ptr %3, align 4, !dbg !346
    #dbg_declare(ptr %4, !347, !DIExpression(), !348)
  store i32 0, ptr %4, align 4, !dbg !348
  br label %5, !dbg !349

5:                                                ; preds = %10, %1
    #dbg_label(!350, !351)
  %6 = load i32, ptr %3, align 4, !dbg !352
  %7 = load i32, ptr %2, align 4, !dbg !354
  %8 = icmp sge i32 %6, %7, !dbg !355
  br i1 %8, label %9, label %10, !dbg !355

9:                                                ; preds = %5
  br label %18, !dbg !356

10:                                               ; preds = %5
  %11 = load i32, ptr %3, align 4, !dbg !357
  %12 = load i32, ptr %3, align 4, !dbg !358
  %13 = mul nsw i32 %11, %12, !dbg !359
  %14 = load i32, ptr %4, align 4, !dbg !360
  %15 = add nsw i32 %14, %13, !dbg !360
  store i32 %15, ptr %4, align 4, !dbg !360
  %16 = load i32, ptr %3, align 4, !dbg !361
  %17 = add nsw i32 %16, 1, !dbg !361
  store i32 %17, ptr %3, align 4, !dbg !361
  br label %5, !dbg !362

18:                                               ; preds = %9
    #dbg_label(!363, !364)
  %19 = load i32, ptr %4, align 4, !dbg !365
  ret i32 %19, !dbg !366
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal i32 @find_pair(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !367 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 4
    #dbg_declare(ptr %5, !372, !DIExpression(), !373)
  store i32 %1, ptr %6, align 4
    #dbg_declare(ptr %6, !374, !DIExpression(), !375)
  store i32 %2, ptr %7, align 4
    #dbg_declare(ptr %7, !376, !DIExpression(), !377)
    #dbg_declare(ptr %8, !378, !DIExpression(), !380)
  store i32 0, ptr %8, align 4, !dbg !380
  br label %10, !dbg !381

10:                                               ; preds = %50, %3
  %11 = load i32, ptr %8, align 4, !dbg !382
  %12 = load i32, ptr %6, align 4, !dbg !384
  %13 = icmp slt i32 %11, %12, !dbg !385
  br i1 %13, label %14, label %53, !dbg !386

14:                                               ; preds = %10
    #dbg_declare(ptr %9, !387, !DIExpression(), !389)
  %15 = load i32, ptr %8, align 4, !dbg !390
  %16 = add nsw i32 %15, 1, !dbg !391
  store i32 %16, ptr %9, align 4, !dbg !389
  br label %17, !dbg !392

17:                                               ; preds = %46, %14
  %18 = load i32, ptr %9, align 4, !dbg !393
  %19 = load i32, ptr %6, align 4, !dbg !395
  %20 = icmp slt i32 %18, %19, !dbg !396
  br i1 %20, label %21, label %49, !dbg !397

21:                                               ; preds = %17
  %22 = load ptr, ptr %5, align 4, !dbg !398
  %23 = load i32, ptr %8, align 4, !dbg !401
  %24 = getelementptr inbounds i32, ptr %22, i32 %23, !dbg !398
  %25 = load i32, ptr %24, align 4, !dbg !398
  %26 = load ptr, ptr %5, align 4, !dbg !402
  %27 = load i32, ptr %9, align 4, !dbg !403
  %28 = getelementptr inbounds i32, ptr %26, i32 %27, !dbg !402
  %29 = load i32, ptr %28, align 4, !dbg !402
  %30 = add nsw i32 %25, %29, !dbg !404
  %31 = load i32, ptr %7, align 4, !dbg !405
  %32 = icmp ne i32 %30, %31, !dbg !406
  br i1 %32, label %33, label %34, !dbg !406

33:                                               ; preds = %21
  br label %46, !dbg !407

34:                                               ; preds = %21
  %35 = load ptr, ptr %5, align 4, !dbg !408
  %36 = load i32, ptr %8, align 4, !dbg !410
  %37 = getelementptr inbounds i32, ptr %35, i32 %36, !dbg !408
  %38 = load i32, ptr %37, align 4, !dbg !408
  %39 = icmp slt i32 %38, 0, !dbg !411
  br i1 %39, label %40, label %41, !dbg !411

40:                                               ; preds = %34
  br label %46, !dbg !412

41:                                               ; preds = %34
  %42 = load i32, ptr %8, align 4, !dbg !413
  %43 = mul nsw i32 %42, 100, !dbg !414
  %44 = load i32, ptr %9, align 4, !dbg !415
  %45 = add nsw i32 %43, %44, !dbg !416
  store i32 %45, ptr %4, align 4, !dbg !417
  br label %54, !dbg !417

46:                                               ; preds = %40, %33
  %47 = load i32, ptr %9, align 4, !dbg !418
  %48 = add nsw i32 %47, 1, !dbg !418
  store i32 %48, ptr %9, align 4, !dbg !418
  br label %17, !dbg !419, !llvm.loop !420

49:                                               ; preds = %17
  br label %50, !dbg !421

50:                                               ; preds = %49
  %51 = load i32, ptr %8, align 4, !dbg !422
  %52 = add nsw i32 %51, 1, !dbg !422
  store i32 %52, ptr %8, align 4, !dbg !422
  br label %10, !dbg !423, !llvm.loop !424

53:                                               ; preds = %10
  store i32 -1, ptr %4, align 4, !dbg !426
  br label %54, !dbg !426

54:                                               ; preds = %53, %41
  %55 = load i32, ptr %4, align 4, !dbg !427
  ret i32 %55, !dbg !427
}

; Function Attrs: noinline nounwind optnone
define internal i32 @cleanup_style(i32 noundef %0) #0 !dbg !428 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !429, !DIExpression(), !430)
    #dbg_declare(ptr %4, !431, !DIExpression(), !432)
  store i32 0, ptr %4, align 4, !dbg !432
  %5 = load i32, ptr %3, align 4, !dbg !433
  %6 = icmp slt i32 %5, 0, !dbg !435
  br i1 %6, label %7, label %8, !dbg !435

7:                                                ; preds = %1
  br label %27, !dbg !436

8:                                                ; preds = %1
  %9 = load i32, ptr %4, align 4, !dbg !437
  %10 = add nsw i32 %9, 1, !dbg !437
  store i32 %10, ptr %4, align 4, !dbg !437
  %11 = load i32, ptr %3, align 4, !dbg !438
  %12 = icmp sgt i32 %11, 100, !dbg !440
  br i1 %12, label %13, label %14, !dbg !440

13:                                               ; preds = %8
  br label %27, !dbg !441

14:                                               ; preds = %8
  %15 = load i32, ptr %4, align 4, !dbg !442
  %16 = add nsw i32 %15, 10, !dbg !442
  store i32 %16, ptr %4, align 4, !dbg !442
  %17 = load i32, ptr %3, align 4, !dbg !443
  %18 = srem i32 %17, 2, !dbg !445
  %19 = icmp ne i32 %18, 0, !dbg !445
  br i1 %19, label %20, label %21, !dbg !445

20:                                               ; preds = %14
  br label %23, !dbg !446

21:                                               ; preds = %14
  %22 = load i32, ptr %4, align 4, !dbg !447
  store i32 %22, ptr %2, align 4, !dbg !448
  br label %30, !dbg !448

23:                                               ; preds = %20
    #dbg_label(!449, !450)
  %24 = load i32, ptr %4, align 4, !dbg !451
  %25 = add nsw i32 %24, 100, !dbg !451
  store i32 %25, ptr %4, align 4, !dbg !451
  %26 = load i32, ptr %4, align 4, !dbg !452
  store i32 %26, ptr %2, align 4, !dbg !453
  br label %30, !dbg !453

27:                                               ; preds = %13, %7
    #dbg_label(!454, !455)
  %28 = load i32, ptr %4, align 4, !dbg !456
  %29 = sub nsw i32 0, %28, !dbg !457
  store i32 %29, ptr %2, align 4, !dbg !458
  br label %30, !dbg !458

30:                                               ; preds = %27, %23, %21
  %31 = load i32, ptr %2, align 4, !dbg !459
  ret i32 %31, !dbg !459
}

; Function Attrs: noinline nounwind optnone
define internal zeroext i1 @in_range(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !460 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !463, !DIExpression(), !464)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !465, !DIExpression(), !466)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !467, !DIExpression(), !468)
  %7 = load i32, ptr %4, align 4, !dbg !469
  %8 = load i32, ptr %5, align 4, !dbg !470
  %9 = icmp sge i32 %7, %8, !dbg !471
  br i1 %9, label %10, label %14, !dbg !472

10:                                               ; preds = %3
  %11 = load i32, ptr %4, align 4, !dbg !473
  %12 = load i32, ptr %6, align 4, !dbg !474
  %13 = icmp sle i32 %11, %12, !dbg !475
  br label %14

14:                                               ; preds = %10, %3
  %15 = phi i1 [ false, %3 ], [ %13, %10 ], !dbg !476
  ret i1 %15, !dbg !477
}

; Function Attrs: noinline nounwind optnone
define internal zeroext i1 @weird(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !478 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !479, !DIExpression(), !480)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !481, !DIExpression(), !482)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !483, !DIExpression(), !484)
  %7 = load i32, ptr %4, align 4, !dbg !485
  %8 = icmp ne i32 %7, 0, !dbg !485
  br i1 %8, label %9, label %12, !dbg !486

9:                                                ; preds = %3
  %10 = load i32, ptr %5, align 4, !dbg !487
  %11 = icmp ne i32 %10, 0, !dbg !487
  br i1 %11, label %12, label %29, !dbg !488

12:                                               ; preds = %9, %3
  %13 = load i32, ptr %5, align 4, !dbg !489
  %14 = icmp ne i32 %13, 0, !dbg !489
  br i1 %14, label %15, label %18, !dbg !490

15:                                               ; preds = %12
  %16 = load i32, ptr %6, align 4, !dbg !491
  %17 = icmp ne i32 %16, 0, !dbg !491
  br i1 %17, label %29, label %18, !dbg !492

18:                                               ; preds = %15, %12
  %19 = load i32, ptr %4, align 4, !dbg !493
  %20 = icmp ne i32 %19, 0, !dbg !493
  br i1 %20, label %27, label %21, !dbg !494

21:                                               ; preds = %18
  %22 = load i32, ptr %6, align 4, !dbg !495
  %23 = icmp ne i32 %22, 0, !dbg !495
  br i1 %23, label %27, label %24, !dbg !496

24:                                               ; preds = %21
  %25 = load i32, ptr %5, align 4, !dbg !497
  %26 = icmp sgt i32 %25, 3, !dbg !498
  br label %27

27:                                               ; preds = %24, %21, %18
  %28 = phi i1 [ false, %21 ], [ false, %18 ], [ %26, %24 ], !dbg !499
  br label %29, !dbg !492

29:                                               ; preds = %27, %15, %9
  %30 = phi i1 [ true, %15 ], [ true, %9 ], [ %28, %27 ]
  ret i1 %30, !dbg !500
}

; Function Attrs: noinline nounwind optnone
define internal i32 @tern(i32 noundef %0, i32 noundef %1) #0 !dbg !501 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !504, !DIExpression(), !505)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !506, !DIExpression(), !507)
  %5 = load i32, ptr %3, align 4, !dbg !508
  %6 = load i32, ptr %4, align 4, !dbg !509
  %7 = icmp sgt i32 %5, %6, !dbg !510
  br i1 %7, label %8, label %12, !dbg !508

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4, !dbg !511
  %10 = load i32, ptr %4, align 4, !dbg !512
  %11 = sub nsw i32 %9, %10, !dbg !513
  br label %27, !dbg !508

12:                                               ; preds = %2
  %13 = load i32, ptr %3, align 4, !dbg !514
  %14 = load i32, ptr %4, align 4, !dbg !515
  %15 = icmp slt i32 %13, %14, !dbg !516
  br i1 %15, label %16, label %20, !dbg !514

16:                                               ; preds = %12
  %17 = load i32, ptr %4, align 4, !dbg !517
  %18 = load i32, ptr %3, align 4, !dbg !518
  %19 = sub nsw i32 %17, %18, !dbg !519
  br label %25, !dbg !514

20:                                               ; preds = %12
  %21 = load i32, ptr %3, align 4, !dbg !520
  %22 = icmp eq i32 %21, 0, !dbg !521
  %23 = zext i1 %22 to i64, !dbg !520
  %24 = select i1 %22, i32 -1, i32 0, !dbg !520
  br label %25, !dbg !514

25:                                               ; preds = %20, %16
  %26 = phi i32 [ %19, %16 ], [ %24, %20 ], !dbg !514
  br label %27, !dbg !508

27:                                               ; preds = %25, %8
  %28 = phi i32 [ %11, %8 ], [ %26, %25 ], !dbg !508
  ret i32 %28, !dbg !522
}

; Function Attrs: noinline nounwind optnone
define internal zeroext i1 @side(i1 noundef zeroext %0) #0 !dbg !523 {
  %2 = alloca i8, align 1
  %3 = zext i1 %0 to i8
  store i8 %3, ptr %2, align 1
    #dbg_declare(ptr %2, !526, !DIExpression(), !527)
  %4 = load i32, ptr @counter, align 4, !dbg !528
  %5 = add nsw i32 %4, 1, !dbg !528
  store i32 %5, ptr @counter, align 4, !dbg !528
  %6 = load i8, ptr %2, align 1, !dbg !529
  %7 = trunc i8 %6 to i1, !dbg !529
  ret i1 %7, !dbg !530
}

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.dbg.cu = !{!38}
!llvm.module.flags = !{!56, !57, !58}
!llvm.ident = !{!59}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 50, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "control.c", directory: ".")
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
!56 = !{i32 7, !"Dwarf Version", i32 4}
!57 = !{i32 2, !"Debug Info Version", i32 3}
!58 = !{i32 1, !"wchar_size", i32 4}
!59 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!60 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 47, type: !61, scopeLine: 47, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !38, retainedNodes: !63)
!61 = !DISubroutineType(types: !62)
!62 = !{!55}
!63 = !{}
!64 = !DILocalVariable(name: "best", scope: !60, file: !2, line: 48, type: !55)
!65 = !DILocation(line: 48, column: 9, scope: !60)
!66 = !DILocalVariable(name: "arg", scope: !60, file: !2, line: 48, type: !55)
!67 = !DILocation(line: 48, column: 19, scope: !60)
!68 = !DILocalVariable(name: "i", scope: !69, file: !2, line: 49, type: !55)
!69 = distinct !DILexicalBlock(scope: !60, file: !2, line: 49, column: 5)
!70 = !DILocation(line: 49, column: 14, scope: !69)
!71 = !DILocation(line: 49, column: 10, scope: !69)
!72 = !DILocation(line: 49, column: 21, scope: !73)
!73 = distinct !DILexicalBlock(scope: !69, file: !2, line: 49, column: 5)
!74 = !DILocation(line: 49, column: 23, scope: !73)
!75 = !DILocation(line: 49, column: 5, scope: !69)
!76 = !DILocalVariable(name: "c", scope: !77, file: !2, line: 49, type: !55)
!77 = distinct !DILexicalBlock(scope: !73, file: !2, line: 49, column: 36)
!78 = !DILocation(line: 49, column: 42, scope: !77)
!79 = !DILocation(line: 49, column: 54, scope: !77)
!80 = !DILocation(line: 49, column: 46, scope: !77)
!81 = !DILocation(line: 49, column: 62, scope: !82)
!82 = distinct !DILexicalBlock(scope: !77, file: !2, line: 49, column: 62)
!83 = !DILocation(line: 49, column: 66, scope: !82)
!84 = !DILocation(line: 49, column: 64, scope: !82)
!85 = !DILocation(line: 49, column: 81, scope: !86)
!86 = distinct !DILexicalBlock(scope: !82, file: !2, line: 49, column: 72)
!87 = !DILocation(line: 49, column: 79, scope: !86)
!88 = !DILocation(line: 49, column: 90, scope: !86)
!89 = !DILocation(line: 49, column: 88, scope: !86)
!90 = !DILocation(line: 49, column: 93, scope: !86)
!91 = !DILocation(line: 49, column: 95, scope: !77)
!92 = !DILocation(line: 49, column: 32, scope: !73)
!93 = !DILocation(line: 49, column: 5, scope: !73)
!94 = distinct !{!94, !75, !95, !96}
!95 = !DILocation(line: 49, column: 95, scope: !69)
!96 = !{!"llvm.loop.mustprogress"}
!97 = !DILocation(line: 50, column: 31, scope: !60)
!98 = !DILocation(line: 50, column: 36, scope: !60)
!99 = !DILocation(line: 50, column: 5, scope: !60)
!100 = !DILocation(line: 51, column: 28, scope: !60)
!101 = !DILocation(line: 51, column: 43, scope: !60)
!102 = !DILocation(line: 51, column: 5, scope: !60)
!103 = !DILocalVariable(name: "a", scope: !60, file: !2, line: 52, type: !104)
!104 = !DICompositeType(tag: DW_TAG_array_type, baseType: !55, size: 224, elements: !48)
!105 = !DILocation(line: 52, column: 9, scope: !60)
!106 = !DILocation(line: 53, column: 41, scope: !60)
!107 = !DILocation(line: 53, column: 31, scope: !60)
!108 = !DILocation(line: 53, column: 61, scope: !60)
!109 = !DILocation(line: 53, column: 51, scope: !60)
!110 = !DILocation(line: 53, column: 82, scope: !60)
!111 = !DILocation(line: 53, column: 72, scope: !60)
!112 = !DILocation(line: 53, column: 5, scope: !60)
!113 = !DILocation(line: 54, column: 37, scope: !60)
!114 = !DILocation(line: 54, column: 56, scope: !60)
!115 = !DILocation(line: 54, column: 76, scope: !60)
!116 = !DILocation(line: 54, column: 94, scope: !60)
!117 = !DILocation(line: 54, column: 5, scope: !60)
!118 = !DILocalVariable(name: "hits", scope: !60, file: !2, line: 55, type: !55)
!119 = !DILocation(line: 55, column: 9, scope: !60)
!120 = !DILocalVariable(name: "x", scope: !121, file: !2, line: 56, type: !55)
!121 = distinct !DILexicalBlock(scope: !60, file: !2, line: 56, column: 5)
!122 = !DILocation(line: 56, column: 14, scope: !121)
!123 = !DILocation(line: 56, column: 10, scope: !121)
!124 = !DILocation(line: 56, column: 22, scope: !125)
!125 = distinct !DILexicalBlock(scope: !121, file: !2, line: 56, column: 5)
!126 = !DILocation(line: 56, column: 24, scope: !125)
!127 = !DILocation(line: 56, column: 5, scope: !121)
!128 = !DILocation(line: 56, column: 52, scope: !125)
!129 = !DILocation(line: 56, column: 43, scope: !125)
!130 = !DILocation(line: 56, column: 40, scope: !125)
!131 = !DILocation(line: 56, column: 35, scope: !125)
!132 = !DILocation(line: 56, column: 31, scope: !125)
!133 = !DILocation(line: 56, column: 5, scope: !125)
!134 = distinct !{!134, !127, !135, !96}
!135 = !DILocation(line: 56, column: 59, scope: !121)
!136 = !DILocation(line: 57, column: 26, scope: !60)
!137 = !DILocation(line: 57, column: 5, scope: !60)
!138 = !DILocalVariable(name: "w", scope: !60, file: !2, line: 58, type: !55)
!139 = !DILocation(line: 58, column: 9, scope: !60)
!140 = !DILocalVariable(name: "i", scope: !141, file: !2, line: 59, type: !55)
!141 = distinct !DILexicalBlock(scope: !60, file: !2, line: 59, column: 5)
!142 = !DILocation(line: 59, column: 14, scope: !141)
!143 = !DILocation(line: 59, column: 10, scope: !141)
!144 = !DILocation(line: 59, column: 21, scope: !145)
!145 = distinct !DILexicalBlock(scope: !141, file: !2, line: 59, column: 5)
!146 = !DILocation(line: 59, column: 23, scope: !145)
!147 = !DILocation(line: 59, column: 5, scope: !141)
!148 = !DILocalVariable(name: "j", scope: !149, file: !2, line: 59, type: !55)
!149 = distinct !DILexicalBlock(scope: !145, file: !2, line: 59, column: 33)
!150 = !DILocation(line: 59, column: 42, scope: !149)
!151 = !DILocation(line: 59, column: 38, scope: !149)
!152 = !DILocation(line: 59, column: 49, scope: !153)
!153 = distinct !DILexicalBlock(scope: !149, file: !2, line: 59, column: 33)
!154 = !DILocation(line: 59, column: 51, scope: !153)
!155 = !DILocation(line: 59, column: 33, scope: !149)
!156 = !DILocalVariable(name: "k", scope: !157, file: !2, line: 59, type: !55)
!157 = distinct !DILexicalBlock(scope: !153, file: !2, line: 59, column: 61)
!158 = !DILocation(line: 59, column: 70, scope: !157)
!159 = !DILocation(line: 59, column: 66, scope: !157)
!160 = !DILocation(line: 59, column: 77, scope: !161)
!161 = distinct !DILexicalBlock(scope: !157, file: !2, line: 59, column: 61)
!162 = !DILocation(line: 59, column: 79, scope: !161)
!163 = !DILocation(line: 59, column: 61, scope: !157)
!164 = !DILocation(line: 59, column: 93, scope: !161)
!165 = !DILocation(line: 59, column: 95, scope: !161)
!166 = !DILocation(line: 59, column: 99, scope: !161)
!167 = !DILocation(line: 59, column: 117, scope: !161)
!168 = !DILocation(line: 59, column: 120, scope: !161)
!169 = !DILocation(line: 59, column: 123, scope: !161)
!170 = !DILocation(line: 59, column: 111, scope: !161)
!171 = !DILocation(line: 59, column: 109, scope: !161)
!172 = !DILocation(line: 59, column: 91, scope: !161)
!173 = !DILocation(line: 59, column: 89, scope: !161)
!174 = !DILocation(line: 59, column: 85, scope: !161)
!175 = !DILocation(line: 59, column: 61, scope: !161)
!176 = distinct !{!176, !163, !177, !96}
!177 = !DILocation(line: 59, column: 124, scope: !157)
!178 = !DILocation(line: 59, column: 57, scope: !153)
!179 = !DILocation(line: 59, column: 33, scope: !153)
!180 = distinct !{!180, !155, !181, !96}
!181 = !DILocation(line: 59, column: 124, scope: !149)
!182 = !DILocation(line: 59, column: 29, scope: !145)
!183 = !DILocation(line: 59, column: 5, scope: !145)
!184 = distinct !{!184, !147, !185, !96}
!185 = !DILocation(line: 59, column: 124, scope: !141)
!186 = !DILocation(line: 60, column: 26, scope: !60)
!187 = !DILocation(line: 60, column: 5, scope: !60)
!188 = !DILocation(line: 61, column: 34, scope: !60)
!189 = !DILocation(line: 61, column: 46, scope: !60)
!190 = !DILocation(line: 61, column: 58, scope: !60)
!191 = !DILocation(line: 61, column: 70, scope: !60)
!192 = !DILocation(line: 61, column: 5, scope: !60)
!193 = !DILocalVariable(name: "r1", scope: !60, file: !2, line: 62, type: !194)
!194 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!195 = !DILocation(line: 62, column: 10, scope: !60)
!196 = !DILocation(line: 62, column: 15, scope: !60)
!197 = !DILocation(line: 62, column: 27, scope: !60)
!198 = !DILocation(line: 62, column: 30, scope: !60)
!199 = !DILocation(line: 0, scope: !60)
!200 = !DILocalVariable(name: "r2", scope: !60, file: !2, line: 63, type: !194)
!201 = !DILocation(line: 63, column: 10, scope: !60)
!202 = !DILocation(line: 63, column: 15, scope: !60)
!203 = !DILocation(line: 63, column: 26, scope: !60)
!204 = !DILocation(line: 63, column: 29, scope: !60)
!205 = !DILocalVariable(name: "r3", scope: !60, file: !2, line: 64, type: !194)
!206 = !DILocation(line: 64, column: 10, scope: !60)
!207 = !DILocation(line: 64, column: 15, scope: !60)
!208 = !DILocation(line: 64, column: 26, scope: !60)
!209 = !DILocation(line: 64, column: 29, scope: !60)
!210 = !DILocation(line: 64, column: 41, scope: !60)
!211 = !DILocation(line: 64, column: 44, scope: !60)
!212 = !DILocation(line: 65, column: 41, scope: !60)
!213 = !DILocation(line: 65, column: 45, scope: !60)
!214 = !DILocation(line: 65, column: 49, scope: !60)
!215 = !DILocation(line: 65, column: 53, scope: !60)
!216 = !DILocation(line: 65, column: 5, scope: !60)
!217 = !DILocalVariable(name: "n", scope: !60, file: !2, line: 66, type: !55)
!218 = !DILocation(line: 66, column: 9, scope: !60)
!219 = !DILocalVariable(name: "it", scope: !60, file: !2, line: 66, type: !55)
!220 = !DILocation(line: 66, column: 16, scope: !60)
!221 = !DILocation(line: 67, column: 5, scope: !60)
!222 = !DILocation(line: 67, column: 21, scope: !223)
!223 = distinct !DILexicalBlock(scope: !224, file: !2, line: 67, column: 14)
!224 = distinct !DILexicalBlock(scope: !225, file: !2, line: 67, column: 5)
!225 = distinct !DILexicalBlock(scope: !60, file: !2, line: 67, column: 5)
!226 = !DILocation(line: 67, column: 18, scope: !223)
!227 = !DILocation(line: 67, column: 29, scope: !228)
!228 = distinct !DILexicalBlock(scope: !223, file: !2, line: 67, column: 29)
!229 = !DILocation(line: 67, column: 31, scope: !228)
!230 = !DILocation(line: 67, column: 38, scope: !228)
!231 = !DILocation(line: 67, column: 47, scope: !223)
!232 = !DILocation(line: 67, column: 5, scope: !224)
!233 = distinct !{!233, !234, !235}
!234 = !DILocation(line: 67, column: 5, scope: !225)
!235 = !DILocation(line: 67, column: 51, scope: !225)
!236 = !DILocation(line: 68, column: 27, scope: !60)
!237 = !DILocation(line: 68, column: 30, scope: !60)
!238 = !DILocation(line: 68, column: 5, scope: !60)
!239 = !DILocalVariable(name: "d", scope: !60, file: !2, line: 69, type: !55)
!240 = !DILocation(line: 69, column: 9, scope: !60)
!241 = !DILocation(line: 70, column: 5, scope: !60)
!242 = !DILocation(line: 70, column: 12, scope: !243)
!243 = distinct !DILexicalBlock(scope: !60, file: !2, line: 70, column: 8)
!244 = !DILocation(line: 70, column: 22, scope: !245)
!245 = distinct !DILexicalBlock(scope: !243, file: !2, line: 70, column: 22)
!246 = !DILocation(line: 70, column: 24, scope: !245)
!247 = !DILocation(line: 70, column: 28, scope: !245)
!248 = !DILocation(line: 70, column: 34, scope: !245)
!249 = !DILocation(line: 70, column: 45, scope: !243)
!250 = !DILocation(line: 70, column: 49, scope: !243)
!251 = !DILocation(line: 70, column: 58, scope: !60)
!252 = !DILocation(line: 70, column: 60, scope: !60)
!253 = distinct !{!253, !241, !254, !96}
!254 = !DILocation(line: 70, column: 64, scope: !60)
!255 = !DILocation(line: 71, column: 23, scope: !60)
!256 = !DILocation(line: 71, column: 5, scope: !60)
!257 = !DILocalVariable(name: "m", scope: !60, file: !2, line: 72, type: !55)
!258 = !DILocation(line: 72, column: 9, scope: !60)
!259 = !DILocalVariable(name: "i", scope: !260, file: !2, line: 74, type: !55)
!260 = distinct !DILexicalBlock(scope: !60, file: !2, line: 74, column: 5)
!261 = !DILocation(line: 74, column: 14, scope: !260)
!262 = !DILocation(line: 74, column: 10, scope: !260)
!263 = !DILocation(line: 74, column: 21, scope: !264)
!264 = distinct !DILexicalBlock(scope: !260, file: !2, line: 74, column: 5)
!265 = !DILocation(line: 74, column: 23, scope: !264)
!266 = !DILocation(line: 74, column: 5, scope: !260)
!267 = !DILocalVariable(name: "j", scope: !268, file: !2, line: 75, type: !55)
!268 = distinct !DILexicalBlock(scope: !269, file: !2, line: 75, column: 9)
!269 = distinct !DILexicalBlock(scope: !264, file: !2, line: 74, column: 34)
!270 = !DILocation(line: 75, column: 18, scope: !268)
!271 = !DILocation(line: 75, column: 14, scope: !268)
!272 = !DILocation(line: 75, column: 25, scope: !273)
!273 = distinct !DILexicalBlock(scope: !268, file: !2, line: 75, column: 9)
!274 = !DILocation(line: 75, column: 27, scope: !273)
!275 = !DILocation(line: 75, column: 9, scope: !268)
!276 = !DILocation(line: 76, column: 17, scope: !277)
!277 = distinct !DILexicalBlock(scope: !278, file: !2, line: 76, column: 17)
!278 = distinct !DILexicalBlock(scope: !273, file: !2, line: 75, column: 38)
!279 = !DILocation(line: 76, column: 21, scope: !277)
!280 = !DILocation(line: 76, column: 19, scope: !277)
!281 = !DILocation(line: 76, column: 24, scope: !277)
!282 = !DILocation(line: 77, column: 18, scope: !283)
!283 = distinct !DILexicalBlock(scope: !278, file: !2, line: 77, column: 17)
!284 = !DILocation(line: 77, column: 22, scope: !283)
!285 = !DILocation(line: 77, column: 20, scope: !283)
!286 = !DILocation(line: 77, column: 25, scope: !283)
!287 = !DILocation(line: 77, column: 29, scope: !283)
!288 = !DILocation(line: 77, column: 35, scope: !283)
!289 = !DILocation(line: 78, column: 18, scope: !278)
!290 = !DILocation(line: 78, column: 22, scope: !278)
!291 = !DILocation(line: 78, column: 20, scope: !278)
!292 = !DILocation(line: 78, column: 15, scope: !278)
!293 = !DILocation(line: 79, column: 17, scope: !294)
!294 = distinct !DILexicalBlock(scope: !278, file: !2, line: 79, column: 17)
!295 = !DILocation(line: 79, column: 19, scope: !294)
!296 = !DILocation(line: 79, column: 26, scope: !294)
!297 = !DILocation(line: 80, column: 9, scope: !278)
!298 = !DILocation(line: 75, column: 34, scope: !273)
!299 = !DILocation(line: 75, column: 9, scope: !273)
!300 = distinct !{!300, !275, !301, !96}
!301 = !DILocation(line: 80, column: 9, scope: !268)
!302 = !DILocation(line: 81, column: 5, scope: !269)
!303 = !DILocation(line: 74, column: 30, scope: !264)
!304 = !DILocation(line: 74, column: 5, scope: !264)
!305 = distinct !{!305, !266, !306, !96}
!306 = !DILocation(line: 81, column: 5, scope: !260)
!307 = !DILabel(scope: !60, name: "out", file: !2, line: 82, column: 5)
!308 = !DILocation(line: 82, column: 5, scope: !60)
!309 = !DILocation(line: 83, column: 22, scope: !60)
!310 = !DILocation(line: 83, column: 5, scope: !60)
!311 = !DILocation(line: 85, column: 12, scope: !60)
!312 = !DILocation(line: 85, column: 17, scope: !60)
!313 = !DILocation(line: 85, column: 5, scope: !60)
!314 = distinct !DISubprogram(name: "collatz", scope: !2, file: !2, line: 7, type: !315, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !63)
!315 = !DISubroutineType(types: !316)
!316 = !{!55, !317}
!317 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!318 = !DILocalVariable(name: "n", arg: 1, scope: !314, file: !2, line: 7, type: !317)
!319 = !DILocation(line: 7, column: 30, scope: !314)
!320 = !DILocalVariable(name: "steps", scope: !314, file: !2, line: 7, type: !55)
!321 = !DILocation(line: 7, column: 39, scope: !314)
!322 = !DILocation(line: 7, column: 50, scope: !314)
!323 = !DILocation(line: 7, column: 57, scope: !314)
!324 = !DILocation(line: 7, column: 59, scope: !314)
!325 = !DILocation(line: 7, column: 72, scope: !326)
!326 = distinct !DILexicalBlock(scope: !314, file: !2, line: 7, column: 65)
!327 = !DILocation(line: 7, column: 74, scope: !326)
!328 = !DILocation(line: 7, column: 71, scope: !326)
!329 = !DILocation(line: 7, column: 85, scope: !326)
!330 = !DILocation(line: 7, column: 83, scope: !326)
!331 = !DILocation(line: 7, column: 87, scope: !326)
!332 = !DILocation(line: 7, column: 93, scope: !326)
!333 = !DILocation(line: 7, column: 95, scope: !326)
!334 = !DILocation(line: 7, column: 69, scope: !326)
!335 = !DILocation(line: 7, column: 105, scope: !326)
!336 = distinct !{!336, !322, !337, !96}
!337 = !DILocation(line: 7, column: 109, scope: !314)
!338 = !DILocation(line: 7, column: 118, scope: !314)
!339 = !DILocation(line: 7, column: 111, scope: !314)
!340 = distinct !DISubprogram(name: "goto_loop", scope: !2, file: !2, line: 8, type: !341, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !63)
!341 = !DISubroutineType(types: !342)
!342 = !{!55, !55}
!343 = !DILocalVariable(name: "n", arg: 1, scope: !340, file: !2, line: 8, type: !55)
!344 = !DILocation(line: 8, column: 26, scope: !340)
!345 = !DILocalVariable(name: "i", scope: !340, file: !2, line: 9, type: !55)
!346 = !DILocation(line: 9, column: 9, scope: !340)
!347 = !DILocalVariable(name: "s", scope: !340, file: !2, line: 9, type: !55)
!348 = !DILocation(line: 9, column: 16, scope: !340)
!349 = !DILocation(line: 9, column: 5, scope: !340)
!350 = !DILabel(scope: !340, name: "top", file: !2, line: 10, column: 1)
!351 = !DILocation(line: 10, column: 1, scope: !340)
!352 = !DILocation(line: 11, column: 9, scope: !353)
!353 = distinct !DILexicalBlock(scope: !340, file: !2, line: 11, column: 9)
!354 = !DILocation(line: 11, column: 14, scope: !353)
!355 = !DILocation(line: 11, column: 11, scope: !353)
!356 = !DILocation(line: 11, column: 17, scope: !353)
!357 = !DILocation(line: 12, column: 10, scope: !340)
!358 = !DILocation(line: 12, column: 14, scope: !340)
!359 = !DILocation(line: 12, column: 12, scope: !340)
!360 = !DILocation(line: 12, column: 7, scope: !340)
!361 = !DILocation(line: 13, column: 6, scope: !340)
!362 = !DILocation(line: 14, column: 5, scope: !340)
!363 = !DILabel(scope: !340, name: "done", file: !2, line: 15, column: 1)
!364 = !DILocation(line: 15, column: 1, scope: !340)
!365 = !DILocation(line: 16, column: 12, scope: !340)
!366 = !DILocation(line: 16, column: 5, scope: !340)
!367 = distinct !DISubprogram(name: "find_pair", scope: !2, file: !2, line: 18, type: !368, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !63)
!368 = !DISubroutineType(types: !369)
!369 = !{!55, !370, !55, !55}
!370 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !371, size: 32)
!371 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !55)
!372 = !DILocalVariable(name: "a", arg: 1, scope: !367, file: !2, line: 18, type: !370)
!373 = !DILocation(line: 18, column: 33, scope: !367)
!374 = !DILocalVariable(name: "n", arg: 2, scope: !367, file: !2, line: 18, type: !55)
!375 = !DILocation(line: 18, column: 40, scope: !367)
!376 = !DILocalVariable(name: "target", arg: 3, scope: !367, file: !2, line: 18, type: !55)
!377 = !DILocation(line: 18, column: 47, scope: !367)
!378 = !DILocalVariable(name: "i", scope: !379, file: !2, line: 19, type: !55)
!379 = distinct !DILexicalBlock(scope: !367, file: !2, line: 19, column: 5)
!380 = !DILocation(line: 19, column: 14, scope: !379)
!381 = !DILocation(line: 19, column: 10, scope: !379)
!382 = !DILocation(line: 19, column: 21, scope: !383)
!383 = distinct !DILexicalBlock(scope: !379, file: !2, line: 19, column: 5)
!384 = !DILocation(line: 19, column: 25, scope: !383)
!385 = !DILocation(line: 19, column: 23, scope: !383)
!386 = !DILocation(line: 19, column: 5, scope: !379)
!387 = !DILocalVariable(name: "j", scope: !388, file: !2, line: 20, type: !55)
!388 = distinct !DILexicalBlock(scope: !383, file: !2, line: 20, column: 9)
!389 = !DILocation(line: 20, column: 18, scope: !388)
!390 = !DILocation(line: 20, column: 22, scope: !388)
!391 = !DILocation(line: 20, column: 24, scope: !388)
!392 = !DILocation(line: 20, column: 14, scope: !388)
!393 = !DILocation(line: 20, column: 29, scope: !394)
!394 = distinct !DILexicalBlock(scope: !388, file: !2, line: 20, column: 9)
!395 = !DILocation(line: 20, column: 33, scope: !394)
!396 = !DILocation(line: 20, column: 31, scope: !394)
!397 = !DILocation(line: 20, column: 9, scope: !388)
!398 = !DILocation(line: 21, column: 17, scope: !399)
!399 = distinct !DILexicalBlock(scope: !400, file: !2, line: 21, column: 17)
!400 = distinct !DILexicalBlock(scope: !394, file: !2, line: 20, column: 41)
!401 = !DILocation(line: 21, column: 19, scope: !399)
!402 = !DILocation(line: 21, column: 24, scope: !399)
!403 = !DILocation(line: 21, column: 26, scope: !399)
!404 = !DILocation(line: 21, column: 22, scope: !399)
!405 = !DILocation(line: 21, column: 32, scope: !399)
!406 = !DILocation(line: 21, column: 29, scope: !399)
!407 = !DILocation(line: 21, column: 40, scope: !399)
!408 = !DILocation(line: 22, column: 17, scope: !409)
!409 = distinct !DILexicalBlock(scope: !400, file: !2, line: 22, column: 17)
!410 = !DILocation(line: 22, column: 19, scope: !409)
!411 = !DILocation(line: 22, column: 22, scope: !409)
!412 = !DILocation(line: 22, column: 27, scope: !409)
!413 = !DILocation(line: 23, column: 20, scope: !400)
!414 = !DILocation(line: 23, column: 22, scope: !400)
!415 = !DILocation(line: 23, column: 30, scope: !400)
!416 = !DILocation(line: 23, column: 28, scope: !400)
!417 = !DILocation(line: 23, column: 13, scope: !400)
!418 = !DILocation(line: 20, column: 37, scope: !394)
!419 = !DILocation(line: 20, column: 9, scope: !394)
!420 = distinct !{!420, !397, !421, !96}
!421 = !DILocation(line: 24, column: 9, scope: !388)
!422 = !DILocation(line: 19, column: 29, scope: !383)
!423 = !DILocation(line: 19, column: 5, scope: !383)
!424 = distinct !{!424, !386, !425, !96}
!425 = !DILocation(line: 24, column: 9, scope: !379)
!426 = !DILocation(line: 25, column: 5, scope: !367)
!427 = !DILocation(line: 26, column: 1, scope: !367)
!428 = distinct !DISubprogram(name: "cleanup_style", scope: !2, file: !2, line: 27, type: !341, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !63)
!429 = !DILocalVariable(name: "x", arg: 1, scope: !428, file: !2, line: 27, type: !55)
!430 = !DILocation(line: 27, column: 30, scope: !428)
!431 = !DILocalVariable(name: "r", scope: !428, file: !2, line: 28, type: !55)
!432 = !DILocation(line: 28, column: 9, scope: !428)
!433 = !DILocation(line: 29, column: 9, scope: !434)
!434 = distinct !DILexicalBlock(scope: !428, file: !2, line: 29, column: 9)
!435 = !DILocation(line: 29, column: 11, scope: !434)
!436 = !DILocation(line: 29, column: 16, scope: !434)
!437 = !DILocation(line: 30, column: 7, scope: !428)
!438 = !DILocation(line: 31, column: 9, scope: !439)
!439 = distinct !DILexicalBlock(scope: !428, file: !2, line: 31, column: 9)
!440 = !DILocation(line: 31, column: 11, scope: !439)
!441 = !DILocation(line: 31, column: 18, scope: !439)
!442 = !DILocation(line: 32, column: 7, scope: !428)
!443 = !DILocation(line: 33, column: 9, scope: !444)
!444 = distinct !DILexicalBlock(scope: !428, file: !2, line: 33, column: 9)
!445 = !DILocation(line: 33, column: 11, scope: !444)
!446 = !DILocation(line: 33, column: 16, scope: !444)
!447 = !DILocation(line: 34, column: 12, scope: !428)
!448 = !DILocation(line: 34, column: 5, scope: !428)
!449 = !DILabel(scope: !428, name: "odd", file: !2, line: 35, column: 1)
!450 = !DILocation(line: 35, column: 1, scope: !428)
!451 = !DILocation(line: 36, column: 7, scope: !428)
!452 = !DILocation(line: 37, column: 12, scope: !428)
!453 = !DILocation(line: 37, column: 5, scope: !428)
!454 = !DILabel(scope: !428, name: "fail", file: !2, line: 38, column: 1)
!455 = !DILocation(line: 38, column: 1, scope: !428)
!456 = !DILocation(line: 39, column: 13, scope: !428)
!457 = !DILocation(line: 39, column: 12, scope: !428)
!458 = !DILocation(line: 39, column: 5, scope: !428)
!459 = !DILocation(line: 40, column: 1, scope: !428)
!460 = distinct !DISubprogram(name: "in_range", scope: !2, file: !2, line: 41, type: !461, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !63)
!461 = !DISubroutineType(types: !462)
!462 = !{!194, !55, !55, !55}
!463 = !DILocalVariable(name: "x", arg: 1, scope: !460, file: !2, line: 41, type: !55)
!464 = !DILocation(line: 41, column: 26, scope: !460)
!465 = !DILocalVariable(name: "lo", arg: 2, scope: !460, file: !2, line: 41, type: !55)
!466 = !DILocation(line: 41, column: 33, scope: !460)
!467 = !DILocalVariable(name: "hi", arg: 3, scope: !460, file: !2, line: 41, type: !55)
!468 = !DILocation(line: 41, column: 41, scope: !460)
!469 = !DILocation(line: 41, column: 54, scope: !460)
!470 = !DILocation(line: 41, column: 59, scope: !460)
!471 = !DILocation(line: 41, column: 56, scope: !460)
!472 = !DILocation(line: 41, column: 62, scope: !460)
!473 = !DILocation(line: 41, column: 65, scope: !460)
!474 = !DILocation(line: 41, column: 70, scope: !460)
!475 = !DILocation(line: 41, column: 67, scope: !460)
!476 = !DILocation(line: 0, scope: !460)
!477 = !DILocation(line: 41, column: 47, scope: !460)
!478 = distinct !DISubprogram(name: "weird", scope: !2, file: !2, line: 42, type: !461, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !63)
!479 = !DILocalVariable(name: "a", arg: 1, scope: !478, file: !2, line: 42, type: !55)
!480 = !DILocation(line: 42, column: 23, scope: !478)
!481 = !DILocalVariable(name: "b", arg: 2, scope: !478, file: !2, line: 42, type: !55)
!482 = !DILocation(line: 42, column: 30, scope: !478)
!483 = !DILocalVariable(name: "c", arg: 3, scope: !478, file: !2, line: 42, type: !55)
!484 = !DILocation(line: 42, column: 37, scope: !478)
!485 = !DILocation(line: 42, column: 50, scope: !478)
!486 = !DILocation(line: 42, column: 52, scope: !478)
!487 = !DILocation(line: 42, column: 56, scope: !478)
!488 = !DILocation(line: 42, column: 59, scope: !478)
!489 = !DILocation(line: 42, column: 63, scope: !478)
!490 = !DILocation(line: 42, column: 65, scope: !478)
!491 = !DILocation(line: 42, column: 68, scope: !478)
!492 = !DILocation(line: 42, column: 71, scope: !478)
!493 = !DILocation(line: 42, column: 76, scope: !478)
!494 = !DILocation(line: 42, column: 78, scope: !478)
!495 = !DILocation(line: 42, column: 82, scope: !478)
!496 = !DILocation(line: 42, column: 84, scope: !478)
!497 = !DILocation(line: 42, column: 87, scope: !478)
!498 = !DILocation(line: 42, column: 89, scope: !478)
!499 = !DILocation(line: 0, scope: !478)
!500 = !DILocation(line: 42, column: 42, scope: !478)
!501 = distinct !DISubprogram(name: "tern", scope: !2, file: !2, line: 43, type: !502, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !63)
!502 = !DISubroutineType(types: !503)
!503 = !{!55, !55, !55}
!504 = !DILocalVariable(name: "a", arg: 1, scope: !501, file: !2, line: 43, type: !55)
!505 = !DILocation(line: 43, column: 21, scope: !501)
!506 = !DILocalVariable(name: "b", arg: 2, scope: !501, file: !2, line: 43, type: !55)
!507 = !DILocation(line: 43, column: 28, scope: !501)
!508 = !DILocation(line: 43, column: 40, scope: !501)
!509 = !DILocation(line: 43, column: 44, scope: !501)
!510 = !DILocation(line: 43, column: 42, scope: !501)
!511 = !DILocation(line: 43, column: 48, scope: !501)
!512 = !DILocation(line: 43, column: 52, scope: !501)
!513 = !DILocation(line: 43, column: 50, scope: !501)
!514 = !DILocation(line: 43, column: 56, scope: !501)
!515 = !DILocation(line: 43, column: 60, scope: !501)
!516 = !DILocation(line: 43, column: 58, scope: !501)
!517 = !DILocation(line: 43, column: 64, scope: !501)
!518 = !DILocation(line: 43, column: 68, scope: !501)
!519 = !DILocation(line: 43, column: 66, scope: !501)
!520 = !DILocation(line: 43, column: 72, scope: !501)
!521 = !DILocation(line: 43, column: 74, scope: !501)
!522 = !DILocation(line: 43, column: 33, scope: !501)
!523 = distinct !DISubprogram(name: "side", scope: !2, file: !2, line: 45, type: !524, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !38, retainedNodes: !63)
!524 = !DISubroutineType(types: !525)
!525 = !{!194, !194}
!526 = !DILocalVariable(name: "v", arg: 1, scope: !523, file: !2, line: 45, type: !194)
!527 = !DILocation(line: 45, column: 23, scope: !523)
!528 = !DILocation(line: 45, column: 35, scope: !523)
!529 = !DILocation(line: 45, column: 46, scope: !523)
!530 = !DILocation(line: 45, column: 39, scope: !523)
