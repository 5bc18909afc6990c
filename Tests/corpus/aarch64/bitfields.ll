; ModuleID = 'bitfields.c'
source_filename = "bitfields.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.P24 = type { [3 x i8], i8 }
%struct.P48 = type { [6 x i8], i16 }
%struct.P56 = type { [7 x i8], i8 }
%struct.P72 = type <{ [5 x i8], i32 }>
%struct.P120 = type { [15 x i8], i8 }
%struct.Q = type { i64, i32 }
%struct.Mixed = type { i8, [3 x i8], [9 x i8] }
%struct.P80 = type { [10 x i8] }
%struct.P96 = type { [12 x i8] }
%struct.P104 = type { [13 x i8] }
%struct.P112 = type { [14 x i8] }
%struct.P136 = type { [17 x i8] }
%struct.P160 = type { [20 x i8] }
%struct.P40 = type { [5 x i8], i8 }

@.str = private unnamed_addr constant [21 x i8] c"A %u %u %u %d %u %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"A' %u %u %u %d %u %d\0A\00", align 1
@__const.main.p24 = private unnamed_addr constant { i8, i8, i8, i8 } { i8 -1, i8 31, i8 -128, i8 9 }, align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"P24 %u %u %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"P40 %llx %llx %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"P40' %llx\0A\00", align 1
@__const.main.p48 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i16 } { i8 -1, i8 -1, i8 1, i8 108, i8 -54, i8 -120, i16 -3 }, align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"P48 %llx %lld %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"P56 %llx %llx %c\0A\00", align 1
@__const.main.p72 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1 }, align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"P72 %llx\0A\00", align 1
@__const.main.p120 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 31, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 -128, i8 -1 }, align 1
@.str.8 = private unnamed_addr constant [19 x i8] c"P120 %llx %lld %d\0A\00", align 1
@__const.main.q = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, [4 x i8] } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 127, i8 0, i8 0, i8 -8, i8 -1, [4 x i8] zeroinitializer }, align 8
@.str.9 = private unnamed_addr constant [19 x i8] c"Q %llx %llx %d %u\0A\00", align 1
@__const.main.m = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -5, i8 -2, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -85, i8 -86, i8 -86 }, align 1
@.str.10 = private unnamed_addr constant [26 x i8] c"Mixed %d %u %u %llx %llx\0A\00", align 1
@__const.main.p80 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -81, i8 -119, i8 103, i8 69, i8 35, i8 1 }, align 1
@__const.main.p96 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 31, i8 0, i8 0, i8 0, i8 0, i8 0, i8 -8 }, align 1
@__const.main.p104 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 31, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0 }, align 1
@__const.main.p112 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -97, i8 21, i8 -115, i8 4, i8 -68, i8 55, i8 -81, i8 2 }, align 1
@__const.main.p136 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 15, i8 111, i8 94, i8 77, i8 60, i8 43, i8 26, i8 9, i8 -64, i8 -69 }, align 1
@__const.main.p160 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 1, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 64, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 12, i8 0, i8 0, i8 0, i8 0 }, align 1
@.str.11 = private unnamed_addr constant [29 x i8] c"P80 %llx %llx P96 %llx %lld\0A\00", align 1
@.str.12 = private unnamed_addr constant [31 x i8] c"P104 %llx %llx P112 %llx %llx\0A\00", align 1
@.str.13 = private unnamed_addr constant [39 x i8] c"P136 %llx %llx %x P160 %llx %llx %llx\0A\00", align 1
@.str.14 = private unnamed_addr constant [11 x i8] c"loop %llx\0A\00", align 1
@ga = internal global { i8, i8, i8, i8 } { i8 -115, i8 100, i8 -100, i8 -99 }, align 4
@gp40 = internal global { i8, i8, i8, i8, i8, i8 } { i8 -34, i8 -68, i8 90, i8 52, i8 18, i8 7 }, align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.P24, align 1
  %3 = alloca %struct.P48, align 1
  %4 = alloca %struct.P56, align 1
  %5 = alloca %struct.P72, align 1
  %6 = alloca [2 x i64], align 8
  %7 = alloca %struct.P120, align 1
  %8 = alloca %struct.Q, align 8
  %9 = alloca %struct.Mixed, align 1
  %10 = alloca %struct.P80, align 1
  %11 = alloca %struct.P96, align 1
  %12 = alloca %struct.P104, align 1
  %13 = alloca %struct.P112, align 1
  %14 = alloca %struct.P136, align 1
  %15 = alloca %struct.P160, align 1
  %16 = alloca i32, align 4
  %17 = alloca i64, align 8
  %18 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %19 = load i32, ptr @ga, align 4
  %20 = and i32 %19, 7
  %21 = load i32, ptr @ga, align 4
  %22 = lshr i32 %21, 3
  %23 = and i32 %22, 31
  %24 = load i32, ptr @ga, align 4
  %25 = lshr i32 %24, 8
  %26 = and i32 %25, 127
  %27 = load i32, ptr @ga, align 4
  %28 = shl i32 %27, 8
  %29 = ashr i32 %28, 23
  %30 = load i32, ptr @ga, align 4
  %31 = lshr i32 %30, 24
  %32 = and i32 %31, 1
  %33 = load i32, ptr @ga, align 4
  %34 = ashr i32 %33, 25
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %20, i32 noundef %23, i32 noundef %26, i32 noundef %29, i32 noundef %32, i32 noundef %34)
  %36 = load i32, ptr @ga, align 4
  %37 = and i32 %36, 7
  %38 = add nsw i32 %37, 4
  %39 = load i32, ptr @ga, align 4
  %40 = and i32 %38, 7
  %41 = and i32 %39, -8
  %42 = or i32 %41, %40
  store i32 %42, ptr @ga, align 4
  %43 = load i32, ptr @ga, align 4
  %44 = lshr i32 %43, 3
  %45 = and i32 %44, 31
  %46 = mul nsw i32 %45, 3
  %47 = load i32, ptr @ga, align 4
  %48 = and i32 %46, 31
  %49 = shl i32 %48, 3
  %50 = and i32 %47, -249
  %51 = or i32 %50, %49
  store i32 %51, ptr @ga, align 4
  %52 = load i32, ptr @ga, align 4
  %53 = and i32 %52, -32513
  %54 = or i32 %53, 32512
  store i32 %54, ptr @ga, align 4
  %55 = load i32, ptr @ga, align 4
  %56 = shl i32 %55, 8
  %57 = ashr i32 %56, 23
  %58 = sub nsw i32 %57, 100
  %59 = load i32, ptr @ga, align 4
  %60 = and i32 %58, 511
  %61 = shl i32 %60, 15
  %62 = and i32 %59, -16744449
  %63 = or i32 %62, %61
  store i32 %63, ptr @ga, align 4
  %64 = shl i32 %60, 23
  %65 = ashr i32 %64, 23
  %66 = load i32, ptr @ga, align 4
  %67 = lshr i32 %66, 24
  %68 = and i32 %67, 1
  %69 = icmp ne i32 %68, 0
  %70 = xor i1 %69, true
  %71 = zext i1 %70 to i32
  %72 = load i32, ptr @ga, align 4
  %73 = and i32 %71, 1
  %74 = shl i32 %73, 24
  %75 = and i32 %72, -16777217
  %76 = or i32 %75, %74
  store i32 %76, ptr @ga, align 4
  %77 = load i32, ptr @ga, align 4
  %78 = and i32 %77, 33554431
  %79 = or i32 %78, -2147483648
  store i32 %79, ptr @ga, align 4
  %80 = load i32, ptr @ga, align 4
  %81 = and i32 %80, 7
  %82 = load i32, ptr @ga, align 4
  %83 = lshr i32 %82, 3
  %84 = and i32 %83, 31
  %85 = load i32, ptr @ga, align 4
  %86 = lshr i32 %85, 8
  %87 = and i32 %86, 127
  %88 = load i32, ptr @ga, align 4
  %89 = shl i32 %88, 8
  %90 = ashr i32 %89, 23
  %91 = load i32, ptr @ga, align 4
  %92 = lshr i32 %91, 24
  %93 = and i32 %92, 1
  %94 = load i32, ptr @ga, align 4
  %95 = ashr i32 %94, 25
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %81, i32 noundef %84, i32 noundef %87, i32 noundef %90, i32 noundef %93, i32 noundef %95)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %2, ptr align 1 @__const.main.p24, i64 4, i1 false)
  %97 = load i24, ptr %2, align 1
  %98 = and i24 %97, 4095
  %99 = zext i24 %98 to i32
  %100 = xor i32 %99, 1365
  %101 = trunc i32 %100 to i24
  %102 = load i24, ptr %2, align 1
  %103 = and i24 %101, 4095
  %104 = and i24 %102, -4096
  %105 = or i24 %104, %103
  store i24 %105, ptr %2, align 1
  %106 = zext i24 %103 to i32
  %107 = load i24, ptr %2, align 1
  %108 = and i24 %107, 4095
  %109 = zext i24 %108 to i32
  %110 = load i24, ptr %2, align 1
  %111 = lshr i24 %110, 12
  %112 = zext i24 %111 to i32
  %113 = getelementptr inbounds nuw %struct.P24, ptr %2, i32 0, i32 1
  %114 = load i8, ptr %113, align 1
  %115 = zext i8 %114 to i32
  %116 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %109, i32 noundef %112, i32 noundef %115)
  %117 = load i40, ptr @gp40, align 1
  %118 = and i40 %117, 1048575
  %119 = zext i40 %118 to i64
  %120 = load i40, ptr @gp40, align 1
  %121 = lshr i40 %120, 20
  %122 = zext i40 %121 to i64
  %123 = load i8, ptr getelementptr inbounds nuw (%struct.P40, ptr @gp40, i32 0, i32 1), align 1
  %124 = zext i8 %123 to i32
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %119, i64 noundef %122, i32 noundef %124)
  %126 = load i40, ptr @gp40, align 1
  %127 = lshr i40 %126, 20
  %128 = zext i40 %127 to i64
  %129 = trunc i64 %128 to i32
  %130 = add nsw i32 %129, 1048575
  %131 = sext i32 %130 to i64
  %132 = trunc i64 %131 to i40
  %133 = load i40, ptr @gp40, align 1
  %134 = and i40 %132, 1048575
  %135 = shl i40 %134, 20
  %136 = and i40 %133, 1048575
  %137 = or i40 %136, %135
  store i40 %137, ptr @gp40, align 1
  %138 = zext i40 %134 to i64
  %139 = load i40, ptr @gp40, align 1
  %140 = lshr i40 %139, 20
  %141 = zext i40 %140 to i64
  %142 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %141)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %3, ptr align 1 @__const.main.p48, i64 8, i1 false)
  %143 = load i48, ptr %3, align 1
  %144 = ashr i48 %143, 17
  %145 = sext i48 %144 to i64
  %146 = trunc i64 %145 to i32
  %147 = ashr i32 %146, 3
  %148 = sext i32 %147 to i64
  %149 = trunc i64 %148 to i48
  %150 = load i48, ptr %3, align 1
  %151 = and i48 %149, 2147483647
  %152 = shl i48 %151, 17
  %153 = and i48 %150, 131071
  %154 = or i48 %153, %152
  store i48 %154, ptr %3, align 1
  %155 = shl i48 %151, 17
  %156 = ashr i48 %155, 17
  %157 = sext i48 %156 to i64
  %158 = load i48, ptr %3, align 1
  %159 = and i48 %158, 131071
  %160 = zext i48 %159 to i64
  %161 = load i48, ptr %3, align 1
  %162 = ashr i48 %161, 17
  %163 = sext i48 %162 to i64
  %164 = getelementptr inbounds nuw %struct.P48, ptr %3, i32 0, i32 1
  %165 = load i16, ptr %164, align 1
  %166 = sext i16 %165 to i32
  %167 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %160, i64 noundef %163, i32 noundef %166)
  %168 = call i64 @make_p56(i64 noundef 268435455, i64 noundef 19088743)
  store i64 %168, ptr %4, align 1
  %169 = load i56, ptr %4, align 1
  %170 = and i56 %169, 268435455
  %171 = zext i56 %170 to i64
  %172 = add i64 %171, 1
  %173 = trunc i64 %172 to i56
  %174 = load i56, ptr %4, align 1
  %175 = and i56 %173, 268435455
  %176 = and i56 %174, -268435456
  %177 = or i56 %176, %175
  store i56 %177, ptr %4, align 1
  %178 = zext i56 %175 to i64
  %179 = load i56, ptr %4, align 1
  %180 = and i56 %179, 268435455
  %181 = zext i56 %180 to i64
  %182 = load i56, ptr %4, align 1
  %183 = lshr i56 %182, 28
  %184 = zext i56 %183 to i64
  %185 = getelementptr inbounds nuw %struct.P56, ptr %4, i32 0, i32 1
  %186 = load i8, ptr %185, align 1
  %187 = zext i8 %186 to i32
  %188 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %181, i64 noundef %184, i32 noundef %187)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %5, ptr align 1 @__const.main.p72, i64 9, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 1 %5, i64 9, i1 false)
  %189 = load [2 x i64], ptr %6, align 8
  %190 = call i64 @sum_p72([2 x i64] %189)
  %191 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %190)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %7, ptr align 1 @__const.main.p120, i64 16, i1 false)
  %192 = load i120, ptr %7, align 1
  %193 = ashr i120 %192, 60
  %194 = trunc i120 %193 to i64
  %195 = sdiv i64 %194, 2
  %196 = add nsw i64 %195, 3
  %197 = zext i64 %196 to i120
  %198 = load i120, ptr %7, align 1
  %199 = and i120 %197, 1152921504606846975
  %200 = shl i120 %199, 60
  %201 = and i120 %198, 1152921504606846975
  %202 = or i120 %201, %200
  store i120 %202, ptr %7, align 1
  %203 = shl i120 %199, 60
  %204 = ashr i120 %203, 60
  %205 = trunc i120 %204 to i64
  %206 = load i120, ptr %7, align 1
  %207 = and i120 %206, 1152921504606846975
  %208 = trunc i120 %207 to i64
  %209 = shl i64 %208, 4
  %210 = zext i64 %209 to i120
  %211 = load i120, ptr %7, align 1
  %212 = and i120 %210, 1152921504606846975
  %213 = and i120 %211, -1152921504606846976
  %214 = or i120 %213, %212
  store i120 %214, ptr %7, align 1
  %215 = trunc i120 %212 to i64
  %216 = load i120, ptr %7, align 1
  %217 = and i120 %216, 1152921504606846975
  %218 = trunc i120 %217 to i64
  %219 = load i120, ptr %7, align 1
  %220 = ashr i120 %219, 60
  %221 = trunc i120 %220 to i64
  %222 = getelementptr inbounds nuw %struct.P120, ptr %7, i32 0, i32 1
  %223 = load i8, ptr %222, align 1
  %224 = sext i8 %223 to i32
  %225 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %218, i64 noundef %221, i32 noundef %224)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 @__const.main.q, i64 16, i1 false)
  %226 = load i64, ptr %8, align 8
  %227 = and i64 %226, 8589934591
  %228 = sub i64 %227, 1
  %229 = load i64, ptr %8, align 8
  %230 = and i64 %228, 8589934591
  %231 = and i64 %229, -8589934592
  %232 = or i64 %231, %230
  store i64 %232, ptr %8, align 8
  %233 = getelementptr inbounds nuw %struct.Q, ptr %8, i32 0, i32 1
  %234 = load i32, ptr %233, align 8
  %235 = shl i32 %234, 12
  %236 = ashr i32 %235, 12
  %237 = add nsw i32 %236, 1
  %238 = getelementptr inbounds nuw %struct.Q, ptr %8, i32 0, i32 1
  %239 = load i32, ptr %238, align 8
  %240 = and i32 %237, 1048575
  %241 = and i32 %239, -1048576
  %242 = or i32 %241, %240
  store i32 %242, ptr %238, align 8
  %243 = shl i32 %240, 12
  %244 = ashr i32 %243, 12
  %245 = getelementptr inbounds nuw %struct.Q, ptr %8, i32 0, i32 1
  %246 = load i32, ptr %245, align 8
  %247 = lshr i32 %246, 20
  %248 = add nsw i32 %247, 1
  %249 = getelementptr inbounds nuw %struct.Q, ptr %8, i32 0, i32 1
  %250 = load i32, ptr %249, align 8
  %251 = and i32 %248, 4095
  %252 = shl i32 %251, 20
  %253 = and i32 %250, 1048575
  %254 = or i32 %253, %252
  store i32 %254, ptr %249, align 8
  %255 = load i64, ptr %8, align 8
  %256 = and i64 %255, 8589934591
  %257 = load i64, ptr %8, align 8
  %258 = lshr i64 %257, 33
  %259 = and i64 %258, 1073741823
  %260 = getelementptr inbounds nuw %struct.Q, ptr %8, i32 0, i32 1
  %261 = load i32, ptr %260, align 8
  %262 = shl i32 %261, 12
  %263 = ashr i32 %262, 12
  %264 = getelementptr inbounds nuw %struct.Q, ptr %8, i32 0, i32 1
  %265 = load i32, ptr %264, align 8
  %266 = lshr i32 %265, 20
  %267 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %256, i64 noundef %259, i32 noundef %263, i32 noundef %266)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %9, ptr align 1 @__const.main.m, i64 13, i1 false)
  %268 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 2
  %269 = load i72, ptr %268, align 1
  %270 = and i72 %269, 1125899906842623
  %271 = trunc i72 %270 to i64
  %272 = xor i64 %271, 5726623061
  %273 = zext i64 %272 to i72
  %274 = load i72, ptr %268, align 1
  %275 = and i72 %273, 1125899906842623
  %276 = and i72 %274, -1125899906842624
  %277 = or i72 %276, %275
  store i72 %277, ptr %268, align 1
  %278 = trunc i72 %275 to i64
  %279 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 2
  %280 = load i72, ptr %279, align 1
  %281 = lshr i72 %280, 50
  %282 = trunc i72 %281 to i64
  %283 = trunc i64 %282 to i32
  %284 = ashr i32 %283, 1
  %285 = sext i32 %284 to i64
  %286 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 2
  %287 = zext i64 %285 to i72
  %288 = load i72, ptr %286, align 1
  %289 = and i72 %287, 4194303
  %290 = shl i72 %289, 50
  %291 = and i72 %288, 1125899906842623
  %292 = or i72 %291, %290
  store i72 %292, ptr %286, align 1
  %293 = trunc i72 %289 to i64
  %294 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 0
  %295 = load i8, ptr %294, align 1
  %296 = sext i8 %295 to i32
  %297 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 1
  %298 = load i24, ptr %297, align 1
  %299 = and i24 %298, 7
  %300 = zext i24 %299 to i32
  %301 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 1
  %302 = load i24, ptr %301, align 1
  %303 = lshr i24 %302, 3
  %304 = zext i24 %303 to i32
  %305 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 2
  %306 = load i72, ptr %305, align 1
  %307 = and i72 %306, 1125899906842623
  %308 = trunc i72 %307 to i64
  %309 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 2
  %310 = load i72, ptr %309, align 1
  %311 = lshr i72 %310, 50
  %312 = trunc i72 %311 to i64
  %313 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %296, i32 noundef %300, i32 noundef %304, i64 noundef %308, i64 noundef %312)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %10, ptr align 1 @__const.main.p80, i64 10, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %11, ptr align 1 @__const.main.p96, i64 12, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %12, ptr align 1 @__const.main.p104, i64 13, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %13, ptr align 1 @__const.main.p112, i64 14, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %14, ptr align 1 @__const.main.p136, i64 17, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %15, ptr align 1 @__const.main.p160, i64 20, i1 false)
  store i32 0, ptr %16, align 4
  br label %314

314:                                              ; preds = %503, %0
  %315 = load i32, ptr %16, align 4
  %316 = icmp slt i32 %315, 5
  br i1 %316, label %317, label %506

317:                                              ; preds = %314
  %318 = load i80, ptr %10, align 1
  %319 = lshr i80 %318, 36
  %320 = trunc i80 %319 to i64
  %321 = load i80, ptr %10, align 1
  %322 = and i80 %321, 68719476735
  %323 = trunc i80 %322 to i64
  %324 = add i64 %323, %320
  %325 = zext i64 %324 to i80
  %326 = load i80, ptr %10, align 1
  %327 = and i80 %325, 68719476735
  %328 = and i80 %326, -68719476736
  %329 = or i80 %328, %327
  store i80 %329, ptr %10, align 1
  %330 = trunc i80 %327 to i64
  %331 = load i80, ptr %10, align 1
  %332 = and i80 %331, 68719476735
  %333 = trunc i80 %332 to i64
  %334 = shl i64 %333, 3
  %335 = load i80, ptr %10, align 1
  %336 = lshr i80 %335, 36
  %337 = trunc i80 %336 to i64
  %338 = xor i64 %337, %334
  %339 = zext i64 %338 to i80
  %340 = load i80, ptr %10, align 1
  %341 = and i80 %339, 17592186044415
  %342 = shl i80 %341, 36
  %343 = and i80 %340, 68719476735
  %344 = or i80 %343, %342
  store i80 %344, ptr %10, align 1
  %345 = trunc i80 %341 to i64
  %346 = load i96, ptr %11, align 1
  %347 = and i96 %346, 17592186044415
  %348 = trunc i96 %347 to i64
  %349 = sub i64 %348, 12345
  %350 = zext i64 %349 to i96
  %351 = load i96, ptr %11, align 1
  %352 = and i96 %350, 17592186044415
  %353 = and i96 %351, -17592186044416
  %354 = or i96 %353, %352
  store i96 %354, ptr %11, align 1
  %355 = trunc i96 %352 to i64
  %356 = load i96, ptr %11, align 1
  %357 = ashr i96 %356, 44
  %358 = trunc i96 %357 to i64
  %359 = sdiv i64 %358, 3
  %360 = load i32, ptr %16, align 4
  %361 = sext i32 %360 to i64
  %362 = add nsw i64 %359, %361
  %363 = zext i64 %362 to i96
  %364 = load i96, ptr %11, align 1
  %365 = and i96 %363, 4503599627370495
  %366 = shl i96 %365, 44
  %367 = and i96 %364, 17592186044415
  %368 = or i96 %367, %366
  store i96 %368, ptr %11, align 1
  %369 = shl i96 %365, 44
  %370 = ashr i96 %369, 44
  %371 = trunc i96 %370 to i64
  %372 = load i104, ptr %12, align 1
  %373 = lshr i104 %372, 52
  %374 = trunc i104 %373 to i64
  %375 = mul i64 %374, 5
  %376 = load i104, ptr %12, align 1
  %377 = and i104 %376, 4503599627370495
  %378 = trunc i104 %377 to i64
  %379 = add i64 %375, %378
  %380 = zext i64 %379 to i104
  %381 = load i104, ptr %12, align 1
  %382 = and i104 %380, 4503599627370495
  %383 = shl i104 %382, 52
  %384 = and i104 %381, 4503599627370495
  %385 = or i104 %384, %383
  store i104 %385, ptr %12, align 1
  %386 = trunc i104 %382 to i64
  %387 = load i104, ptr %12, align 1
  %388 = and i104 %387, 4503599627370495
  %389 = trunc i104 %388 to i64
  %390 = lshr i64 %389, 1
  %391 = zext i64 %390 to i104
  %392 = load i104, ptr %12, align 1
  %393 = and i104 %391, 4503599627370495
  %394 = and i104 %392, -4503599627370496
  %395 = or i104 %394, %393
  store i104 %395, ptr %12, align 1
  %396 = trunc i104 %393 to i64
  %397 = load i112, ptr %13, align 1
  %398 = and i112 %397, 1125899906842623
  %399 = trunc i112 %398 to i64
  %400 = xor i64 %399, -1
  %401 = zext i64 %400 to i112
  %402 = load i112, ptr %13, align 1
  %403 = and i112 %401, 1125899906842623
  %404 = and i112 %402, -1125899906842624
  %405 = or i112 %404, %403
  store i112 %405, ptr %13, align 1
  %406 = trunc i112 %403 to i64
  %407 = load i112, ptr %13, align 1
  %408 = and i112 %407, 1125899906842623
  %409 = trunc i112 %408 to i64
  %410 = load i112, ptr %13, align 1
  %411 = lshr i112 %410, 50
  %412 = trunc i112 %411 to i64
  %413 = add i64 %412, %409
  %414 = zext i64 %413 to i112
  %415 = load i112, ptr %13, align 1
  %416 = and i112 %414, 4611686018427387903
  %417 = shl i112 %416, 50
  %418 = and i112 %415, 1125899906842623
  %419 = or i112 %418, %417
  store i112 %419, ptr %13, align 1
  %420 = trunc i112 %416 to i64
  %421 = load i136, ptr %14, align 1
  %422 = lshr i136 %421, 126
  %423 = trunc i136 %422 to i32
  %424 = mul nsw i32 %423, 7
  %425 = add nsw i32 %424, 1
  %426 = zext i32 %425 to i136
  %427 = load i136, ptr %14, align 1
  %428 = and i136 %426, 1023
  %429 = shl i136 %428, 126
  %430 = and i136 %427, 85070591730234615865843651857942052863
  %431 = or i136 %430, %429
  store i136 %431, ptr %14, align 1
  %432 = trunc i136 %428 to i32
  %433 = load i136, ptr %14, align 1
  %434 = lshr i136 %433, 63
  %435 = and i136 %434, 9223372036854775807
  %436 = trunc i136 %435 to i64
  %437 = load i136, ptr %14, align 1
  %438 = lshr i136 %437, 126
  %439 = trunc i136 %438 to i32
  %440 = zext i32 %439 to i64
  %441 = add i64 %436, %440
  %442 = zext i64 %441 to i136
  %443 = load i136, ptr %14, align 1
  %444 = and i136 %442, 9223372036854775807
  %445 = shl i136 %444, 63
  %446 = and i136 %443, -85070591730234615856620279821087277057
  %447 = or i136 %446, %445
  store i136 %447, ptr %14, align 1
  %448 = trunc i136 %444 to i64
  %449 = load i136, ptr %14, align 1
  %450 = lshr i136 %449, 63
  %451 = and i136 %450, 9223372036854775807
  %452 = trunc i136 %451 to i64
  %453 = load i136, ptr %14, align 1
  %454 = and i136 %453, 9223372036854775807
  %455 = trunc i136 %454 to i64
  %456 = sub i64 %455, %452
  %457 = zext i64 %456 to i136
  %458 = load i136, ptr %14, align 1
  %459 = and i136 %457, 9223372036854775807
  %460 = and i136 %458, -9223372036854775808
  %461 = or i136 %460, %459
  store i136 %461, ptr %14, align 1
  %462 = trunc i136 %459 to i64
  %463 = load i160, ptr %15, align 1
  %464 = lshr i160 %463, 122
  %465 = trunc i160 %464 to i64
  %466 = mul i64 %465, 1000
  %467 = load i160, ptr %15, align 1
  %468 = and i160 %467, 2305843009213693951
  %469 = trunc i160 %468 to i64
  %470 = add i64 %466, %469
  %471 = zext i64 %470 to i160
  %472 = load i160, ptr %15, align 1
  %473 = and i160 %471, 274877906943
  %474 = shl i160 %473, 122
  %475 = and i160 %472, 5316911983139663491615228241121378303
  %476 = or i160 %475, %474
  store i160 %476, ptr %15, align 1
  %477 = trunc i160 %473 to i64
  %478 = load i160, ptr %15, align 1
  %479 = lshr i160 %478, 61
  %480 = and i160 %479, 2305843009213693951
  %481 = trunc i160 %480 to i64
  %482 = add i64 %481, 7
  %483 = zext i64 %482 to i160
  %484 = load i160, ptr %15, align 1
  %485 = and i160 %483, 2305843009213693951
  %486 = and i160 %484, -2305843009213693952
  %487 = or i160 %486, %485
  store i160 %487, ptr %15, align 1
  %488 = trunc i160 %485 to i64
  %489 = load i160, ptr %15, align 1
  %490 = lshr i160 %489, 122
  %491 = trunc i160 %490 to i64
  %492 = load i160, ptr %15, align 1
  %493 = and i160 %492, 2305843009213693951
  %494 = trunc i160 %493 to i64
  %495 = xor i64 %491, %494
  %496 = zext i64 %495 to i160
  %497 = load i160, ptr %15, align 1
  %498 = and i160 %496, 2305843009213693951
  %499 = shl i160 %498, 61
  %500 = and i160 %497, -5316911983139663489309385231907684353
  %501 = or i160 %500, %499
  store i160 %501, ptr %15, align 1
  %502 = trunc i160 %498 to i64
  br label %503

503:                                              ; preds = %317
  %504 = load i32, ptr %16, align 4
  %505 = add nsw i32 %504, 1
  store i32 %505, ptr %16, align 4
  br label %314, !llvm.loop !6

506:                                              ; preds = %314
  %507 = load i80, ptr %10, align 1
  %508 = and i80 %507, 68719476735
  %509 = trunc i80 %508 to i64
  %510 = load i80, ptr %10, align 1
  %511 = lshr i80 %510, 36
  %512 = trunc i80 %511 to i64
  %513 = load i96, ptr %11, align 1
  %514 = and i96 %513, 17592186044415
  %515 = trunc i96 %514 to i64
  %516 = load i96, ptr %11, align 1
  %517 = ashr i96 %516, 44
  %518 = trunc i96 %517 to i64
  %519 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %509, i64 noundef %512, i64 noundef %515, i64 noundef %518)
  %520 = load i104, ptr %12, align 1
  %521 = and i104 %520, 4503599627370495
  %522 = trunc i104 %521 to i64
  %523 = load i104, ptr %12, align 1
  %524 = lshr i104 %523, 52
  %525 = trunc i104 %524 to i64
  %526 = load i112, ptr %13, align 1
  %527 = and i112 %526, 1125899906842623
  %528 = trunc i112 %527 to i64
  %529 = load i112, ptr %13, align 1
  %530 = lshr i112 %529, 50
  %531 = trunc i112 %530 to i64
  %532 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i64 noundef %522, i64 noundef %525, i64 noundef %528, i64 noundef %531)
  %533 = load i136, ptr %14, align 1
  %534 = and i136 %533, 9223372036854775807
  %535 = trunc i136 %534 to i64
  %536 = load i136, ptr %14, align 1
  %537 = lshr i136 %536, 63
  %538 = and i136 %537, 9223372036854775807
  %539 = trunc i136 %538 to i64
  %540 = load i136, ptr %14, align 1
  %541 = lshr i136 %540, 126
  %542 = trunc i136 %541 to i32
  %543 = load i160, ptr %15, align 1
  %544 = and i160 %543, 2305843009213693951
  %545 = trunc i160 %544 to i64
  %546 = load i160, ptr %15, align 1
  %547 = lshr i160 %546, 61
  %548 = and i160 %547, 2305843009213693951
  %549 = trunc i160 %548 to i64
  %550 = load i160, ptr %15, align 1
  %551 = lshr i160 %550, 122
  %552 = trunc i160 %551 to i64
  %553 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i64 noundef %535, i64 noundef %539, i32 noundef %542, i64 noundef %545, i64 noundef %549, i64 noundef %552)
  store i64 0, ptr %17, align 8
  store i32 0, ptr %18, align 4
  br label %554

554:                                              ; preds = %581, %506
  %555 = load i32, ptr %18, align 4
  %556 = icmp slt i32 %555, 100
  br i1 %556, label %557, label %584

557:                                              ; preds = %554
  %558 = load i40, ptr %5, align 1
  %559 = zext i40 %558 to i64
  %560 = mul i64 %559, 3
  %561 = load i32, ptr %18, align 4
  %562 = zext i32 %561 to i64
  %563 = add i64 %560, %562
  %564 = trunc i64 %563 to i40
  store i40 %564, ptr %5, align 1
  %565 = zext i40 %564 to i64
  %566 = getelementptr inbounds nuw %struct.P72, ptr %5, i32 0, i32 1
  %567 = load i32, ptr %566, align 1
  %568 = zext i32 %567 to i64
  %569 = load i40, ptr %5, align 1
  %570 = zext i40 %569 to i64
  %571 = lshr i64 %570, 7
  %572 = xor i64 %568, %571
  %573 = getelementptr inbounds nuw %struct.P72, ptr %5, i32 0, i32 1
  %574 = trunc i64 %572 to i32
  store i32 %574, ptr %573, align 1
  %575 = zext i32 %574 to i64
  %576 = getelementptr inbounds nuw %struct.P72, ptr %5, i32 0, i32 1
  %577 = load i32, ptr %576, align 1
  %578 = zext i32 %577 to i64
  %579 = load i64, ptr %17, align 8
  %580 = add i64 %579, %578
  store i64 %580, ptr %17, align 8
  br label %581

581:                                              ; preds = %557
  %582 = load i32, ptr %18, align 4
  %583 = add nsw i32 %582, 1
  store i32 %583, ptr %18, align 4
  br label %554, !llvm.loop !8

584:                                              ; preds = %554
  %585 = load i64, ptr %17, align 8
  %586 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i64 noundef %585)
  %587 = load i64, ptr %17, align 8
  %588 = and i64 %587, 127
  %589 = trunc i64 %588 to i32
  ret i32 %589
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @make_p56(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca %struct.P56, align 1
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store i64 %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  %6 = load i64, ptr %4, align 8
  %7 = trunc i64 %6 to i56
  %8 = load i56, ptr %3, align 1
  %9 = and i56 %7, 268435455
  %10 = and i56 %8, -268435456
  %11 = or i56 %10, %9
  store i56 %11, ptr %3, align 1
  %12 = zext i56 %9 to i64
  %13 = load i64, ptr %5, align 8
  %14 = trunc i64 %13 to i56
  %15 = load i56, ptr %3, align 1
  %16 = and i56 %14, 268435455
  %17 = shl i56 %16, 28
  %18 = and i56 %15, 268435455
  %19 = or i56 %18, %17
  store i56 %19, ptr %3, align 1
  %20 = zext i56 %16 to i64
  %21 = getelementptr inbounds nuw %struct.P56, ptr %3, i32 0, i32 1
  store i8 113, ptr %21, align 1
  %22 = load i64, ptr %3, align 1
  ret i64 %22
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @sum_p72([2 x i64] %0) #0 {
  %2 = alloca %struct.P72, align 1
  %3 = alloca [2 x i64], align 8
  store [2 x i64] %0, ptr %3, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %2, ptr align 8 %3, i64 9, i1 false)
  %4 = load i40, ptr %2, align 1
  %5 = zext i40 %4 to i64
  %6 = getelementptr inbounds nuw %struct.P72, ptr %2, i32 0, i32 1
  %7 = load i32, ptr %6, align 1
  %8 = zext i32 %7 to i64
  %9 = add i64 %5, %8
  ret i64 %9
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
