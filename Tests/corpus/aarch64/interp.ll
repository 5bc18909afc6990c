; ModuleID = 'interp.c'
source_filename = "interp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.VM = type { [256 x i64], i32, [64 x i32], i32, [16 x i64], i64 }

@main.vm = internal global %struct.VM zeroinitializer, align 8
@fact_code = internal constant [34 x i32] [i32 0, i32 20, i32 19, i32 0, i32 0, i32 1, i32 19, i32 1, i32 18, i32 0, i32 14, i32 28, i32 18, i32 1, i32 18, i32 0, i32 7, i32 19, i32 1, i32 18, i32 0, i32 0, i32 1, i32 6, i32 19, i32 0, i32 13, i32 8, i32 18, i32 1, i32 20, i32 18, i32 1, i32 21], align 4
@.str = private unnamed_addr constant [22 x i8] c"fact %lld steps %lld\0A\00", align 1
@primes_code = internal constant [68 x i32] [i32 0, i32 2, i32 19, i32 0, i32 0, i32 0, i32 19, i32 2, i32 18, i32 0, i32 0, i32 2000, i32 10, i32 14, i32 62, i32 0, i32 2, i32 19, i32 1, i32 18, i32 1, i32 18, i32 1, i32 7, i32 18, i32 0, i32 3, i32 10, i32 15, i32 46, i32 18, i32 0, i32 18, i32 1, i32 9, i32 14, i32 53, i32 18, i32 1, i32 0, i32 1, i32 5, i32 19, i32 1, i32 13, i32 19, i32 18, i32 2, i32 0, i32 1, i32 5, i32 19, i32 2, i32 18, i32 0, i32 0, i32 1, i32 5, i32 19, i32 0, i32 13, i32 8, i32 18, i32 2, i32 20, i32 18, i32 2, i32 21], align 4
@.str.1 = private unnamed_addr constant [24 x i8] c"primes %lld steps %lld\0A\00", align 1
@gcd_code = internal constant [19 x i32] [i32 0, i32 1071, i32 0, i32 462, i32 16, i32 9, i32 2, i32 20, i32 21, i32 2, i32 14, i32 17, i32 3, i32 4, i32 9, i32 13, i32 9, i32 1, i32 17], align 4
@.str.2 = private unnamed_addr constant [21 x i8] c"gcd %lld steps %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"vm: %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"bad op %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  %5 = call i64 @run(ptr noundef @main.vm, ptr noundef @fact_code)
  store i64 %5, ptr %2, align 8
  %6 = load i64, ptr %2, align 8
  %7 = load i64, ptr getelementptr inbounds nuw (%struct.VM, ptr @main.vm, i32 0, i32 5), align 8
  %8 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %6, i64 noundef %7)
  %9 = call i64 @run(ptr noundef @main.vm, ptr noundef @primes_code)
  store i64 %9, ptr %3, align 8
  %10 = load i64, ptr %3, align 8
  %11 = load i64, ptr getelementptr inbounds nuw (%struct.VM, ptr @main.vm, i32 0, i32 5), align 8
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %10, i64 noundef %11)
  %13 = call i64 @run(ptr noundef @main.vm, ptr noundef @gcd_code)
  store i64 %13, ptr %4, align 8
  %14 = load i64, ptr %4, align 8
  %15 = load i64, ptr getelementptr inbounds nuw (%struct.VM, ptr @main.vm, i32 0, i32 5), align 8
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %14, i64 noundef %15)
  %17 = load i64, ptr %3, align 8
  %18 = srem i64 %17, 100
  %19 = trunc i64 %18 to i32
  ret i32 %19
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @run(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 0, ptr %6, align 4
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds nuw %struct.VM, ptr %10, i32 0, i32 1
  store i32 0, ptr %11, align 8
  %12 = load ptr, ptr %4, align 8
  %13 = getelementptr inbounds nuw %struct.VM, ptr %12, i32 0, i32 3
  store i32 0, ptr %13, align 4
  %14 = load ptr, ptr %4, align 8
  %15 = getelementptr inbounds nuw %struct.VM, ptr %14, i32 0, i32 5
  store i64 0, ptr %15, align 8
  br label %16

16:                                               ; preds = %525, %2
  %17 = load ptr, ptr %4, align 8
  %18 = getelementptr inbounds nuw %struct.VM, ptr %17, i32 0, i32 5
  %19 = load i64, ptr %18, align 8
  %20 = add nsw i64 %19, 1
  store i64 %20, ptr %18, align 8
  %21 = load ptr, ptr %5, align 8
  %22 = load i32, ptr %6, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %6, align 4
  %24 = sext i32 %22 to i64
  %25 = getelementptr inbounds i32, ptr %21, i64 %24
  %26 = load i32, ptr %25, align 4
  store i32 %26, ptr %7, align 4
  %27 = load i32, ptr %7, align 4
  switch i32 %27, label %522 [
    i32 0, label %28
    i32 1, label %44
    i32 2, label %49
    i32 3, label %70
    i32 4, label %106
    i32 5, label %127
    i32 6, label %157
    i32 7, label %187
    i32 8, label %217
    i32 9, label %253
    i32 10, label %289
    i32 11, label %321
    i32 12, label %353
    i32 13, label %375
    i32 14, label %381
    i32 15, label %404
    i32 16, label %427
    i32 17, label %443
    i32 18, label %453
    i32 19, label %473
    i32 20, label %493
    i32 21, label %504
  ]

28:                                               ; preds = %16
  %29 = load ptr, ptr %5, align 8
  %30 = load i32, ptr %6, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %6, align 4
  %32 = sext i32 %30 to i64
  %33 = getelementptr inbounds i32, ptr %29, i64 %32
  %34 = load i32, ptr %33, align 4
  %35 = sext i32 %34 to i64
  %36 = load ptr, ptr %4, align 8
  %37 = getelementptr inbounds nuw %struct.VM, ptr %36, i32 0, i32 0
  %38 = load ptr, ptr %4, align 8
  %39 = getelementptr inbounds nuw %struct.VM, ptr %38, i32 0, i32 1
  %40 = load i32, ptr %39, align 8
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %39, align 8
  %42 = sext i32 %40 to i64
  %43 = getelementptr inbounds [256 x i64], ptr %37, i64 0, i64 %42
  store i64 %35, ptr %43, align 8
  br label %525

44:                                               ; preds = %16
  %45 = load ptr, ptr %4, align 8
  %46 = getelementptr inbounds nuw %struct.VM, ptr %45, i32 0, i32 1
  %47 = load i32, ptr %46, align 8
  %48 = add nsw i32 %47, -1
  store i32 %48, ptr %46, align 8
  br label %525

49:                                               ; preds = %16
  %50 = load ptr, ptr %4, align 8
  %51 = getelementptr inbounds nuw %struct.VM, ptr %50, i32 0, i32 0
  %52 = load ptr, ptr %4, align 8
  %53 = getelementptr inbounds nuw %struct.VM, ptr %52, i32 0, i32 1
  %54 = load i32, ptr %53, align 8
  %55 = sub nsw i32 %54, 1
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [256 x i64], ptr %51, i64 0, i64 %56
  %58 = load i64, ptr %57, align 8
  %59 = load ptr, ptr %4, align 8
  %60 = getelementptr inbounds nuw %struct.VM, ptr %59, i32 0, i32 0
  %61 = load ptr, ptr %4, align 8
  %62 = getelementptr inbounds nuw %struct.VM, ptr %61, i32 0, i32 1
  %63 = load i32, ptr %62, align 8
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [256 x i64], ptr %60, i64 0, i64 %64
  store i64 %58, ptr %65, align 8
  %66 = load ptr, ptr %4, align 8
  %67 = getelementptr inbounds nuw %struct.VM, ptr %66, i32 0, i32 1
  %68 = load i32, ptr %67, align 8
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %67, align 8
  br label %525

70:                                               ; preds = %16
  %71 = load ptr, ptr %4, align 8
  %72 = getelementptr inbounds nuw %struct.VM, ptr %71, i32 0, i32 0
  %73 = load ptr, ptr %4, align 8
  %74 = getelementptr inbounds nuw %struct.VM, ptr %73, i32 0, i32 1
  %75 = load i32, ptr %74, align 8
  %76 = sub nsw i32 %75, 1
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [256 x i64], ptr %72, i64 0, i64 %77
  %79 = load i64, ptr %78, align 8
  store i64 %79, ptr %8, align 8
  %80 = load ptr, ptr %4, align 8
  %81 = getelementptr inbounds nuw %struct.VM, ptr %80, i32 0, i32 0
  %82 = load ptr, ptr %4, align 8
  %83 = getelementptr inbounds nuw %struct.VM, ptr %82, i32 0, i32 1
  %84 = load i32, ptr %83, align 8
  %85 = sub nsw i32 %84, 2
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [256 x i64], ptr %81, i64 0, i64 %86
  %88 = load i64, ptr %87, align 8
  %89 = load ptr, ptr %4, align 8
  %90 = getelementptr inbounds nuw %struct.VM, ptr %89, i32 0, i32 0
  %91 = load ptr, ptr %4, align 8
  %92 = getelementptr inbounds nuw %struct.VM, ptr %91, i32 0, i32 1
  %93 = load i32, ptr %92, align 8
  %94 = sub nsw i32 %93, 1
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [256 x i64], ptr %90, i64 0, i64 %95
  store i64 %88, ptr %96, align 8
  %97 = load i64, ptr %8, align 8
  %98 = load ptr, ptr %4, align 8
  %99 = getelementptr inbounds nuw %struct.VM, ptr %98, i32 0, i32 0
  %100 = load ptr, ptr %4, align 8
  %101 = getelementptr inbounds nuw %struct.VM, ptr %100, i32 0, i32 1
  %102 = load i32, ptr %101, align 8
  %103 = sub nsw i32 %102, 2
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [256 x i64], ptr %99, i64 0, i64 %104
  store i64 %97, ptr %105, align 8
  br label %525

106:                                              ; preds = %16
  %107 = load ptr, ptr %4, align 8
  %108 = getelementptr inbounds nuw %struct.VM, ptr %107, i32 0, i32 0
  %109 = load ptr, ptr %4, align 8
  %110 = getelementptr inbounds nuw %struct.VM, ptr %109, i32 0, i32 1
  %111 = load i32, ptr %110, align 8
  %112 = sub nsw i32 %111, 2
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds [256 x i64], ptr %108, i64 0, i64 %113
  %115 = load i64, ptr %114, align 8
  %116 = load ptr, ptr %4, align 8
  %117 = getelementptr inbounds nuw %struct.VM, ptr %116, i32 0, i32 0
  %118 = load ptr, ptr %4, align 8
  %119 = getelementptr inbounds nuw %struct.VM, ptr %118, i32 0, i32 1
  %120 = load i32, ptr %119, align 8
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds [256 x i64], ptr %117, i64 0, i64 %121
  store i64 %115, ptr %122, align 8
  %123 = load ptr, ptr %4, align 8
  %124 = getelementptr inbounds nuw %struct.VM, ptr %123, i32 0, i32 1
  %125 = load i32, ptr %124, align 8
  %126 = add nsw i32 %125, 1
  store i32 %126, ptr %124, align 8
  br label %525

127:                                              ; preds = %16
  %128 = load ptr, ptr %4, align 8
  %129 = getelementptr inbounds nuw %struct.VM, ptr %128, i32 0, i32 0
  %130 = load ptr, ptr %4, align 8
  %131 = getelementptr inbounds nuw %struct.VM, ptr %130, i32 0, i32 1
  %132 = load i32, ptr %131, align 8
  %133 = add nsw i32 %132, -1
  store i32 %133, ptr %131, align 8
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [256 x i64], ptr %129, i64 0, i64 %134
  %136 = load i64, ptr %135, align 8
  store i64 %136, ptr %9, align 8
  %137 = load ptr, ptr %4, align 8
  %138 = getelementptr inbounds nuw %struct.VM, ptr %137, i32 0, i32 0
  %139 = load ptr, ptr %4, align 8
  %140 = getelementptr inbounds nuw %struct.VM, ptr %139, i32 0, i32 1
  %141 = load i32, ptr %140, align 8
  %142 = add nsw i32 %141, -1
  store i32 %142, ptr %140, align 8
  %143 = sext i32 %142 to i64
  %144 = getelementptr inbounds [256 x i64], ptr %138, i64 0, i64 %143
  %145 = load i64, ptr %144, align 8
  store i64 %145, ptr %8, align 8
  %146 = load i64, ptr %8, align 8
  %147 = load i64, ptr %9, align 8
  %148 = add nsw i64 %146, %147
  %149 = load ptr, ptr %4, align 8
  %150 = getelementptr inbounds nuw %struct.VM, ptr %149, i32 0, i32 0
  %151 = load ptr, ptr %4, align 8
  %152 = getelementptr inbounds nuw %struct.VM, ptr %151, i32 0, i32 1
  %153 = load i32, ptr %152, align 8
  %154 = add nsw i32 %153, 1
  store i32 %154, ptr %152, align 8
  %155 = sext i32 %153 to i64
  %156 = getelementptr inbounds [256 x i64], ptr %150, i64 0, i64 %155
  store i64 %148, ptr %156, align 8
  br label %525

157:                                              ; preds = %16
  %158 = load ptr, ptr %4, align 8
  %159 = getelementptr inbounds nuw %struct.VM, ptr %158, i32 0, i32 0
  %160 = load ptr, ptr %4, align 8
  %161 = getelementptr inbounds nuw %struct.VM, ptr %160, i32 0, i32 1
  %162 = load i32, ptr %161, align 8
  %163 = add nsw i32 %162, -1
  store i32 %163, ptr %161, align 8
  %164 = sext i32 %163 to i64
  %165 = getelementptr inbounds [256 x i64], ptr %159, i64 0, i64 %164
  %166 = load i64, ptr %165, align 8
  store i64 %166, ptr %9, align 8
  %167 = load ptr, ptr %4, align 8
  %168 = getelementptr inbounds nuw %struct.VM, ptr %167, i32 0, i32 0
  %169 = load ptr, ptr %4, align 8
  %170 = getelementptr inbounds nuw %struct.VM, ptr %169, i32 0, i32 1
  %171 = load i32, ptr %170, align 8
  %172 = add nsw i32 %171, -1
  store i32 %172, ptr %170, align 8
  %173 = sext i32 %172 to i64
  %174 = getelementptr inbounds [256 x i64], ptr %168, i64 0, i64 %173
  %175 = load i64, ptr %174, align 8
  store i64 %175, ptr %8, align 8
  %176 = load i64, ptr %8, align 8
  %177 = load i64, ptr %9, align 8
  %178 = sub nsw i64 %176, %177
  %179 = load ptr, ptr %4, align 8
  %180 = getelementptr inbounds nuw %struct.VM, ptr %179, i32 0, i32 0
  %181 = load ptr, ptr %4, align 8
  %182 = getelementptr inbounds nuw %struct.VM, ptr %181, i32 0, i32 1
  %183 = load i32, ptr %182, align 8
  %184 = add nsw i32 %183, 1
  store i32 %184, ptr %182, align 8
  %185 = sext i32 %183 to i64
  %186 = getelementptr inbounds [256 x i64], ptr %180, i64 0, i64 %185
  store i64 %178, ptr %186, align 8
  br label %525

187:                                              ; preds = %16
  %188 = load ptr, ptr %4, align 8
  %189 = getelementptr inbounds nuw %struct.VM, ptr %188, i32 0, i32 0
  %190 = load ptr, ptr %4, align 8
  %191 = getelementptr inbounds nuw %struct.VM, ptr %190, i32 0, i32 1
  %192 = load i32, ptr %191, align 8
  %193 = add nsw i32 %192, -1
  store i32 %193, ptr %191, align 8
  %194 = sext i32 %193 to i64
  %195 = getelementptr inbounds [256 x i64], ptr %189, i64 0, i64 %194
  %196 = load i64, ptr %195, align 8
  store i64 %196, ptr %9, align 8
  %197 = load ptr, ptr %4, align 8
  %198 = getelementptr inbounds nuw %struct.VM, ptr %197, i32 0, i32 0
  %199 = load ptr, ptr %4, align 8
  %200 = getelementptr inbounds nuw %struct.VM, ptr %199, i32 0, i32 1
  %201 = load i32, ptr %200, align 8
  %202 = add nsw i32 %201, -1
  store i32 %202, ptr %200, align 8
  %203 = sext i32 %202 to i64
  %204 = getelementptr inbounds [256 x i64], ptr %198, i64 0, i64 %203
  %205 = load i64, ptr %204, align 8
  store i64 %205, ptr %8, align 8
  %206 = load i64, ptr %8, align 8
  %207 = load i64, ptr %9, align 8
  %208 = mul nsw i64 %206, %207
  %209 = load ptr, ptr %4, align 8
  %210 = getelementptr inbounds nuw %struct.VM, ptr %209, i32 0, i32 0
  %211 = load ptr, ptr %4, align 8
  %212 = getelementptr inbounds nuw %struct.VM, ptr %211, i32 0, i32 1
  %213 = load i32, ptr %212, align 8
  %214 = add nsw i32 %213, 1
  store i32 %214, ptr %212, align 8
  %215 = sext i32 %213 to i64
  %216 = getelementptr inbounds [256 x i64], ptr %210, i64 0, i64 %215
  store i64 %208, ptr %216, align 8
  br label %525

217:                                              ; preds = %16
  %218 = load ptr, ptr %4, align 8
  %219 = getelementptr inbounds nuw %struct.VM, ptr %218, i32 0, i32 0
  %220 = load ptr, ptr %4, align 8
  %221 = getelementptr inbounds nuw %struct.VM, ptr %220, i32 0, i32 1
  %222 = load i32, ptr %221, align 8
  %223 = add nsw i32 %222, -1
  store i32 %223, ptr %221, align 8
  %224 = sext i32 %223 to i64
  %225 = getelementptr inbounds [256 x i64], ptr %219, i64 0, i64 %224
  %226 = load i64, ptr %225, align 8
  store i64 %226, ptr %9, align 8
  %227 = load ptr, ptr %4, align 8
  %228 = getelementptr inbounds nuw %struct.VM, ptr %227, i32 0, i32 0
  %229 = load ptr, ptr %4, align 8
  %230 = getelementptr inbounds nuw %struct.VM, ptr %229, i32 0, i32 1
  %231 = load i32, ptr %230, align 8
  %232 = add nsw i32 %231, -1
  store i32 %232, ptr %230, align 8
  %233 = sext i32 %232 to i64
  %234 = getelementptr inbounds [256 x i64], ptr %228, i64 0, i64 %233
  %235 = load i64, ptr %234, align 8
  store i64 %235, ptr %8, align 8
  %236 = load i64, ptr %9, align 8
  %237 = icmp ne i64 %236, 0
  br i1 %237, label %238, label %242

238:                                              ; preds = %217
  %239 = load i64, ptr %8, align 8
  %240 = load i64, ptr %9, align 8
  %241 = sdiv i64 %239, %240
  br label %243

242:                                              ; preds = %217
  br label %243

243:                                              ; preds = %242, %238
  %244 = phi i64 [ %241, %238 ], [ 0, %242 ]
  %245 = load ptr, ptr %4, align 8
  %246 = getelementptr inbounds nuw %struct.VM, ptr %245, i32 0, i32 0
  %247 = load ptr, ptr %4, align 8
  %248 = getelementptr inbounds nuw %struct.VM, ptr %247, i32 0, i32 1
  %249 = load i32, ptr %248, align 8
  %250 = add nsw i32 %249, 1
  store i32 %250, ptr %248, align 8
  %251 = sext i32 %249 to i64
  %252 = getelementptr inbounds [256 x i64], ptr %246, i64 0, i64 %251
  store i64 %244, ptr %252, align 8
  br label %525

253:                                              ; preds = %16
  %254 = load ptr, ptr %4, align 8
  %255 = getelementptr inbounds nuw %struct.VM, ptr %254, i32 0, i32 0
  %256 = load ptr, ptr %4, align 8
  %257 = getelementptr inbounds nuw %struct.VM, ptr %256, i32 0, i32 1
  %258 = load i32, ptr %257, align 8
  %259 = add nsw i32 %258, -1
  store i32 %259, ptr %257, align 8
  %260 = sext i32 %259 to i64
  %261 = getelementptr inbounds [256 x i64], ptr %255, i64 0, i64 %260
  %262 = load i64, ptr %261, align 8
  store i64 %262, ptr %9, align 8
  %263 = load ptr, ptr %4, align 8
  %264 = getelementptr inbounds nuw %struct.VM, ptr %263, i32 0, i32 0
  %265 = load ptr, ptr %4, align 8
  %266 = getelementptr inbounds nuw %struct.VM, ptr %265, i32 0, i32 1
  %267 = load i32, ptr %266, align 8
  %268 = add nsw i32 %267, -1
  store i32 %268, ptr %266, align 8
  %269 = sext i32 %268 to i64
  %270 = getelementptr inbounds [256 x i64], ptr %264, i64 0, i64 %269
  %271 = load i64, ptr %270, align 8
  store i64 %271, ptr %8, align 8
  %272 = load i64, ptr %9, align 8
  %273 = icmp ne i64 %272, 0
  br i1 %273, label %274, label %278

274:                                              ; preds = %253
  %275 = load i64, ptr %8, align 8
  %276 = load i64, ptr %9, align 8
  %277 = srem i64 %275, %276
  br label %279

278:                                              ; preds = %253
  br label %279

279:                                              ; preds = %278, %274
  %280 = phi i64 [ %277, %274 ], [ 0, %278 ]
  %281 = load ptr, ptr %4, align 8
  %282 = getelementptr inbounds nuw %struct.VM, ptr %281, i32 0, i32 0
  %283 = load ptr, ptr %4, align 8
  %284 = getelementptr inbounds nuw %struct.VM, ptr %283, i32 0, i32 1
  %285 = load i32, ptr %284, align 8
  %286 = add nsw i32 %285, 1
  store i32 %286, ptr %284, align 8
  %287 = sext i32 %285 to i64
  %288 = getelementptr inbounds [256 x i64], ptr %282, i64 0, i64 %287
  store i64 %280, ptr %288, align 8
  br label %525

289:                                              ; preds = %16
  %290 = load ptr, ptr %4, align 8
  %291 = getelementptr inbounds nuw %struct.VM, ptr %290, i32 0, i32 0
  %292 = load ptr, ptr %4, align 8
  %293 = getelementptr inbounds nuw %struct.VM, ptr %292, i32 0, i32 1
  %294 = load i32, ptr %293, align 8
  %295 = add nsw i32 %294, -1
  store i32 %295, ptr %293, align 8
  %296 = sext i32 %295 to i64
  %297 = getelementptr inbounds [256 x i64], ptr %291, i64 0, i64 %296
  %298 = load i64, ptr %297, align 8
  store i64 %298, ptr %9, align 8
  %299 = load ptr, ptr %4, align 8
  %300 = getelementptr inbounds nuw %struct.VM, ptr %299, i32 0, i32 0
  %301 = load ptr, ptr %4, align 8
  %302 = getelementptr inbounds nuw %struct.VM, ptr %301, i32 0, i32 1
  %303 = load i32, ptr %302, align 8
  %304 = add nsw i32 %303, -1
  store i32 %304, ptr %302, align 8
  %305 = sext i32 %304 to i64
  %306 = getelementptr inbounds [256 x i64], ptr %300, i64 0, i64 %305
  %307 = load i64, ptr %306, align 8
  store i64 %307, ptr %8, align 8
  %308 = load i64, ptr %8, align 8
  %309 = load i64, ptr %9, align 8
  %310 = icmp slt i64 %308, %309
  %311 = zext i1 %310 to i32
  %312 = sext i32 %311 to i64
  %313 = load ptr, ptr %4, align 8
  %314 = getelementptr inbounds nuw %struct.VM, ptr %313, i32 0, i32 0
  %315 = load ptr, ptr %4, align 8
  %316 = getelementptr inbounds nuw %struct.VM, ptr %315, i32 0, i32 1
  %317 = load i32, ptr %316, align 8
  %318 = add nsw i32 %317, 1
  store i32 %318, ptr %316, align 8
  %319 = sext i32 %317 to i64
  %320 = getelementptr inbounds [256 x i64], ptr %314, i64 0, i64 %319
  store i64 %312, ptr %320, align 8
  br label %525

321:                                              ; preds = %16
  %322 = load ptr, ptr %4, align 8
  %323 = getelementptr inbounds nuw %struct.VM, ptr %322, i32 0, i32 0
  %324 = load ptr, ptr %4, align 8
  %325 = getelementptr inbounds nuw %struct.VM, ptr %324, i32 0, i32 1
  %326 = load i32, ptr %325, align 8
  %327 = add nsw i32 %326, -1
  store i32 %327, ptr %325, align 8
  %328 = sext i32 %327 to i64
  %329 = getelementptr inbounds [256 x i64], ptr %323, i64 0, i64 %328
  %330 = load i64, ptr %329, align 8
  store i64 %330, ptr %9, align 8
  %331 = load ptr, ptr %4, align 8
  %332 = getelementptr inbounds nuw %struct.VM, ptr %331, i32 0, i32 0
  %333 = load ptr, ptr %4, align 8
  %334 = getelementptr inbounds nuw %struct.VM, ptr %333, i32 0, i32 1
  %335 = load i32, ptr %334, align 8
  %336 = add nsw i32 %335, -1
  store i32 %336, ptr %334, align 8
  %337 = sext i32 %336 to i64
  %338 = getelementptr inbounds [256 x i64], ptr %332, i64 0, i64 %337
  %339 = load i64, ptr %338, align 8
  store i64 %339, ptr %8, align 8
  %340 = load i64, ptr %8, align 8
  %341 = load i64, ptr %9, align 8
  %342 = icmp eq i64 %340, %341
  %343 = zext i1 %342 to i32
  %344 = sext i32 %343 to i64
  %345 = load ptr, ptr %4, align 8
  %346 = getelementptr inbounds nuw %struct.VM, ptr %345, i32 0, i32 0
  %347 = load ptr, ptr %4, align 8
  %348 = getelementptr inbounds nuw %struct.VM, ptr %347, i32 0, i32 1
  %349 = load i32, ptr %348, align 8
  %350 = add nsw i32 %349, 1
  store i32 %350, ptr %348, align 8
  %351 = sext i32 %349 to i64
  %352 = getelementptr inbounds [256 x i64], ptr %346, i64 0, i64 %351
  store i64 %344, ptr %352, align 8
  br label %525

353:                                              ; preds = %16
  %354 = load ptr, ptr %4, align 8
  %355 = getelementptr inbounds nuw %struct.VM, ptr %354, i32 0, i32 0
  %356 = load ptr, ptr %4, align 8
  %357 = getelementptr inbounds nuw %struct.VM, ptr %356, i32 0, i32 1
  %358 = load i32, ptr %357, align 8
  %359 = sub nsw i32 %358, 1
  %360 = sext i32 %359 to i64
  %361 = getelementptr inbounds [256 x i64], ptr %355, i64 0, i64 %360
  %362 = load i64, ptr %361, align 8
  %363 = icmp ne i64 %362, 0
  %364 = xor i1 %363, true
  %365 = zext i1 %364 to i32
  %366 = sext i32 %365 to i64
  %367 = load ptr, ptr %4, align 8
  %368 = getelementptr inbounds nuw %struct.VM, ptr %367, i32 0, i32 0
  %369 = load ptr, ptr %4, align 8
  %370 = getelementptr inbounds nuw %struct.VM, ptr %369, i32 0, i32 1
  %371 = load i32, ptr %370, align 8
  %372 = sub nsw i32 %371, 1
  %373 = sext i32 %372 to i64
  %374 = getelementptr inbounds [256 x i64], ptr %368, i64 0, i64 %373
  store i64 %366, ptr %374, align 8
  br label %525

375:                                              ; preds = %16
  %376 = load ptr, ptr %5, align 8
  %377 = load i32, ptr %6, align 4
  %378 = sext i32 %377 to i64
  %379 = getelementptr inbounds i32, ptr %376, i64 %378
  %380 = load i32, ptr %379, align 4
  store i32 %380, ptr %6, align 4
  br label %525

381:                                              ; preds = %16
  %382 = load ptr, ptr %4, align 8
  %383 = getelementptr inbounds nuw %struct.VM, ptr %382, i32 0, i32 0
  %384 = load ptr, ptr %4, align 8
  %385 = getelementptr inbounds nuw %struct.VM, ptr %384, i32 0, i32 1
  %386 = load i32, ptr %385, align 8
  %387 = add nsw i32 %386, -1
  store i32 %387, ptr %385, align 8
  %388 = sext i32 %387 to i64
  %389 = getelementptr inbounds [256 x i64], ptr %383, i64 0, i64 %388
  %390 = load i64, ptr %389, align 8
  store i64 %390, ptr %8, align 8
  %391 = load i64, ptr %8, align 8
  %392 = icmp ne i64 %391, 0
  br i1 %392, label %393, label %396

393:                                              ; preds = %381
  %394 = load i32, ptr %6, align 4
  %395 = add nsw i32 %394, 1
  br label %402

396:                                              ; preds = %381
  %397 = load ptr, ptr %5, align 8
  %398 = load i32, ptr %6, align 4
  %399 = sext i32 %398 to i64
  %400 = getelementptr inbounds i32, ptr %397, i64 %399
  %401 = load i32, ptr %400, align 4
  br label %402

402:                                              ; preds = %396, %393
  %403 = phi i32 [ %395, %393 ], [ %401, %396 ]
  store i32 %403, ptr %6, align 4
  br label %525

404:                                              ; preds = %16
  %405 = load ptr, ptr %4, align 8
  %406 = getelementptr inbounds nuw %struct.VM, ptr %405, i32 0, i32 0
  %407 = load ptr, ptr %4, align 8
  %408 = getelementptr inbounds nuw %struct.VM, ptr %407, i32 0, i32 1
  %409 = load i32, ptr %408, align 8
  %410 = add nsw i32 %409, -1
  store i32 %410, ptr %408, align 8
  %411 = sext i32 %410 to i64
  %412 = getelementptr inbounds [256 x i64], ptr %406, i64 0, i64 %411
  %413 = load i64, ptr %412, align 8
  store i64 %413, ptr %8, align 8
  %414 = load i64, ptr %8, align 8
  %415 = icmp ne i64 %414, 0
  br i1 %415, label %416, label %422

416:                                              ; preds = %404
  %417 = load ptr, ptr %5, align 8
  %418 = load i32, ptr %6, align 4
  %419 = sext i32 %418 to i64
  %420 = getelementptr inbounds i32, ptr %417, i64 %419
  %421 = load i32, ptr %420, align 4
  br label %425

422:                                              ; preds = %404
  %423 = load i32, ptr %6, align 4
  %424 = add nsw i32 %423, 1
  br label %425

425:                                              ; preds = %422, %416
  %426 = phi i32 [ %421, %416 ], [ %424, %422 ]
  store i32 %426, ptr %6, align 4
  br label %525

427:                                              ; preds = %16
  %428 = load i32, ptr %6, align 4
  %429 = add nsw i32 %428, 1
  %430 = load ptr, ptr %4, align 8
  %431 = getelementptr inbounds nuw %struct.VM, ptr %430, i32 0, i32 2
  %432 = load ptr, ptr %4, align 8
  %433 = getelementptr inbounds nuw %struct.VM, ptr %432, i32 0, i32 3
  %434 = load i32, ptr %433, align 4
  %435 = add nsw i32 %434, 1
  store i32 %435, ptr %433, align 4
  %436 = sext i32 %434 to i64
  %437 = getelementptr inbounds [64 x i32], ptr %431, i64 0, i64 %436
  store i32 %429, ptr %437, align 4
  %438 = load ptr, ptr %5, align 8
  %439 = load i32, ptr %6, align 4
  %440 = sext i32 %439 to i64
  %441 = getelementptr inbounds i32, ptr %438, i64 %440
  %442 = load i32, ptr %441, align 4
  store i32 %442, ptr %6, align 4
  br label %525

443:                                              ; preds = %16
  %444 = load ptr, ptr %4, align 8
  %445 = getelementptr inbounds nuw %struct.VM, ptr %444, i32 0, i32 2
  %446 = load ptr, ptr %4, align 8
  %447 = getelementptr inbounds nuw %struct.VM, ptr %446, i32 0, i32 3
  %448 = load i32, ptr %447, align 4
  %449 = add nsw i32 %448, -1
  store i32 %449, ptr %447, align 4
  %450 = sext i32 %449 to i64
  %451 = getelementptr inbounds [64 x i32], ptr %445, i64 0, i64 %450
  %452 = load i32, ptr %451, align 4
  store i32 %452, ptr %6, align 4
  br label %525

453:                                              ; preds = %16
  %454 = load ptr, ptr %4, align 8
  %455 = getelementptr inbounds nuw %struct.VM, ptr %454, i32 0, i32 4
  %456 = load ptr, ptr %5, align 8
  %457 = load i32, ptr %6, align 4
  %458 = add nsw i32 %457, 1
  store i32 %458, ptr %6, align 4
  %459 = sext i32 %457 to i64
  %460 = getelementptr inbounds i32, ptr %456, i64 %459
  %461 = load i32, ptr %460, align 4
  %462 = sext i32 %461 to i64
  %463 = getelementptr inbounds [16 x i64], ptr %455, i64 0, i64 %462
  %464 = load i64, ptr %463, align 8
  %465 = load ptr, ptr %4, align 8
  %466 = getelementptr inbounds nuw %struct.VM, ptr %465, i32 0, i32 0
  %467 = load ptr, ptr %4, align 8
  %468 = getelementptr inbounds nuw %struct.VM, ptr %467, i32 0, i32 1
  %469 = load i32, ptr %468, align 8
  %470 = add nsw i32 %469, 1
  store i32 %470, ptr %468, align 8
  %471 = sext i32 %469 to i64
  %472 = getelementptr inbounds [256 x i64], ptr %466, i64 0, i64 %471
  store i64 %464, ptr %472, align 8
  br label %525

473:                                              ; preds = %16
  %474 = load ptr, ptr %4, align 8
  %475 = getelementptr inbounds nuw %struct.VM, ptr %474, i32 0, i32 0
  %476 = load ptr, ptr %4, align 8
  %477 = getelementptr inbounds nuw %struct.VM, ptr %476, i32 0, i32 1
  %478 = load i32, ptr %477, align 8
  %479 = add nsw i32 %478, -1
  store i32 %479, ptr %477, align 8
  %480 = sext i32 %479 to i64
  %481 = getelementptr inbounds [256 x i64], ptr %475, i64 0, i64 %480
  %482 = load i64, ptr %481, align 8
  %483 = load ptr, ptr %4, align 8
  %484 = getelementptr inbounds nuw %struct.VM, ptr %483, i32 0, i32 4
  %485 = load ptr, ptr %5, align 8
  %486 = load i32, ptr %6, align 4
  %487 = add nsw i32 %486, 1
  store i32 %487, ptr %6, align 4
  %488 = sext i32 %486 to i64
  %489 = getelementptr inbounds i32, ptr %485, i64 %488
  %490 = load i32, ptr %489, align 4
  %491 = sext i32 %490 to i64
  %492 = getelementptr inbounds [16 x i64], ptr %484, i64 0, i64 %491
  store i64 %482, ptr %492, align 8
  br label %525

493:                                              ; preds = %16
  %494 = load ptr, ptr %4, align 8
  %495 = getelementptr inbounds nuw %struct.VM, ptr %494, i32 0, i32 0
  %496 = load ptr, ptr %4, align 8
  %497 = getelementptr inbounds nuw %struct.VM, ptr %496, i32 0, i32 1
  %498 = load i32, ptr %497, align 8
  %499 = add nsw i32 %498, -1
  store i32 %499, ptr %497, align 8
  %500 = sext i32 %499 to i64
  %501 = getelementptr inbounds [256 x i64], ptr %495, i64 0, i64 %500
  %502 = load i64, ptr %501, align 8
  %503 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %502)
  br label %525

504:                                              ; preds = %16
  %505 = load ptr, ptr %4, align 8
  %506 = getelementptr inbounds nuw %struct.VM, ptr %505, i32 0, i32 1
  %507 = load i32, ptr %506, align 8
  %508 = icmp ne i32 %507, 0
  br i1 %508, label %509, label %519

509:                                              ; preds = %504
  %510 = load ptr, ptr %4, align 8
  %511 = getelementptr inbounds nuw %struct.VM, ptr %510, i32 0, i32 0
  %512 = load ptr, ptr %4, align 8
  %513 = getelementptr inbounds nuw %struct.VM, ptr %512, i32 0, i32 1
  %514 = load i32, ptr %513, align 8
  %515 = sub nsw i32 %514, 1
  %516 = sext i32 %515 to i64
  %517 = getelementptr inbounds [256 x i64], ptr %511, i64 0, i64 %516
  %518 = load i64, ptr %517, align 8
  br label %520

519:                                              ; preds = %504
  br label %520

520:                                              ; preds = %519, %509
  %521 = phi i64 [ %518, %509 ], [ 0, %519 ]
  store i64 %521, ptr %3, align 8
  br label %526

522:                                              ; preds = %16
  %523 = load i32, ptr %7, align 4
  %524 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %523)
  store i64 -1, ptr %3, align 8
  br label %526

525:                                              ; preds = %493, %473, %453, %443, %427, %425, %402, %375, %353, %321, %289, %279, %243, %187, %157, %127, %106, %70, %49, %44, %28
  br label %16

526:                                              ; preds = %522, %520
  %527 = load i64, ptr %3, align 8
  ret i64 %527
}

declare i32 @printf(ptr noundef, ...) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
