; ModuleID = 'interp.c'
source_filename = "interp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.VM = type { [256 x i64], i32, [64 x i32], i32, [16 x i64], i64 }

@main.vm = internal global %struct.VM zeroinitializer, align 8
@fact_code = internal constant [34 x i32] [i32 0, i32 20, i32 19, i32 0, i32 0, i32 1, i32 19, i32 1, i32 18, i32 0, i32 14, i32 28, i32 18, i32 1, i32 18, i32 0, i32 7, i32 19, i32 1, i32 18, i32 0, i32 0, i32 1, i32 6, i32 19, i32 0, i32 13, i32 8, i32 18, i32 1, i32 20, i32 18, i32 1, i32 21], align 16
@.str = private unnamed_addr constant [22 x i8] c"fact %lld steps %lld\0A\00", align 1
@primes_code = internal constant [68 x i32] [i32 0, i32 2, i32 19, i32 0, i32 0, i32 0, i32 19, i32 2, i32 18, i32 0, i32 0, i32 2000, i32 10, i32 14, i32 62, i32 0, i32 2, i32 19, i32 1, i32 18, i32 1, i32 18, i32 1, i32 7, i32 18, i32 0, i32 3, i32 10, i32 15, i32 46, i32 18, i32 0, i32 18, i32 1, i32 9, i32 14, i32 53, i32 18, i32 1, i32 0, i32 1, i32 5, i32 19, i32 1, i32 13, i32 19, i32 18, i32 2, i32 0, i32 1, i32 5, i32 19, i32 2, i32 18, i32 0, i32 0, i32 1, i32 5, i32 19, i32 0, i32 13, i32 8, i32 18, i32 2, i32 20, i32 18, i32 2, i32 21], align 16
@.str.1 = private unnamed_addr constant [24 x i8] c"primes %lld steps %lld\0A\00", align 1
@gcd_code = internal constant [19 x i32] [i32 0, i32 1071, i32 0, i32 462, i32 16, i32 9, i32 2, i32 20, i32 21, i32 2, i32 14, i32 17, i32 3, i32 4, i32 9, i32 13, i32 9, i32 1, i32 17], align 16
@.str.2 = private unnamed_addr constant [21 x i8] c"gcd %lld steps %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"vm: %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"bad op %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
v0:
  %v1 = alloca i32, align 4
  %v2 = alloca i64, align 8
  %v3 = alloca i64, align 8
  %v4 = alloca i64, align 8
  store i32 0, ptr %v1, align 4
  %v5 = call i64 @run(ptr noundef @main.vm, ptr noundef @fact_code)
  store i64 %v5, ptr %v2, align 8
  %v6 = load i64, ptr %v2, align 8
  %v7 = load i64, ptr getelementptr inbounds nuw (%struct.VM, ptr @main.vm, i32 0, i32 5), align 8
  %v8 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %v6, i64 noundef %v7)
  %v9 = call i64 @run(ptr noundef @main.vm, ptr noundef @primes_code)
  store i64 %v9, ptr %v3, align 8
  %v10 = load i64, ptr %v3, align 8
  %v11 = load i64, ptr getelementptr inbounds nuw (%struct.VM, ptr @main.vm, i32 0, i32 5), align 8
  %v12 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %v10, i64 noundef %v11)
  %v13 = call i64 @run(ptr noundef @main.vm, ptr noundef @gcd_code)
  store i64 %v13, ptr %v4, align 8
  %v14 = load i64, ptr %v4, align 8
  %v15 = load i64, ptr getelementptr inbounds nuw (%struct.VM, ptr @main.vm, i32 0, i32 5), align 8
  %v16 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %v14, i64 noundef %v15)
  %v17 = load i64, ptr %v3, align 8
  %v18 = srem i64 %v17, 100
  %v19 = trunc i64 %v18 to i32
  ret i32 %v19
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @run(ptr noundef %v0, ptr noundef %v1) #0 {
v2:
  %v3 = alloca i64, align 8
  %v4 = alloca ptr, align 8
  %v5 = alloca ptr, align 8
  %v6 = alloca i32, align 4
  %v7 = alloca i32, align 4
  %v8 = alloca i64, align 8
  %v9 = alloca i64, align 8
  store ptr %v0, ptr %v4, align 8
  store ptr %v1, ptr %v5, align 8
  store i32 0, ptr %v6, align 4
  %v10 = load ptr, ptr %v4, align 8
  %v11 = getelementptr inbounds nuw %struct.VM, ptr %v10, i32 0, i32 1
  store i32 0, ptr %v11, align 8
  %v12 = load ptr, ptr %v4, align 8
  %v13 = getelementptr inbounds nuw %struct.VM, ptr %v12, i32 0, i32 3
  store i32 0, ptr %v13, align 4
  %v14 = load ptr, ptr %v4, align 8
  %v15 = getelementptr inbounds nuw %struct.VM, ptr %v14, i32 0, i32 5
  store i64 0, ptr %v15, align 8
  br label %v16
v473:                                              ; preds = %v16
  %v474 = load ptr, ptr %v4, align 8
  %v475 = getelementptr inbounds nuw %struct.VM, ptr %v474, i32 0, i32 0
  %v476 = load ptr, ptr %v4, align 8
  %v477 = getelementptr inbounds nuw %struct.VM, ptr %v476, i32 0, i32 1
  %v478 = load i32, ptr %v477, align 8
  %v479 = add nsw i32 %v478, -1
  store i32 %v479, ptr %v477, align 8
  %v480 = sext i32 %v479 to i64
  %v481 = getelementptr inbounds [256 x i64], ptr %v475, i64 0, i64 %v480
  %v482 = load i64, ptr %v481, align 8
  %v483 = load ptr, ptr %v4, align 8
  %v484 = getelementptr inbounds nuw %struct.VM, ptr %v483, i32 0, i32 4
  %v485 = load ptr, ptr %v5, align 8
  %v486 = load i32, ptr %v6, align 4
  %v487 = add nsw i32 %v486, 1
  store i32 %v487, ptr %v6, align 4
  %v488 = sext i32 %v486 to i64
  %v489 = getelementptr inbounds i32, ptr %v485, i64 %v488
  %v490 = load i32, ptr %v489, align 4
  %v491 = sext i32 %v490 to i64
  %v492 = getelementptr inbounds [16 x i64], ptr %v484, i64 0, i64 %v491
  store i64 %v482, ptr %v492, align 8
  br label %v525
v44:                                               ; preds = %v16
  %v45 = load ptr, ptr %v4, align 8
  %v46 = getelementptr inbounds nuw %struct.VM, ptr %v45, i32 0, i32 1
  %v47 = load i32, ptr %v46, align 8
  %v48 = add nsw i32 %v47, -1
  store i32 %v48, ptr %v46, align 8
  br label %v525
v242:                                              ; preds = %v217
  br label %v243
v28:                                               ; preds = %v16
  %v29 = load ptr, ptr %v5, align 8
  %v30 = load i32, ptr %v6, align 4
  %v31 = add nsw i32 %v30, 1
  store i32 %v31, ptr %v6, align 4
  %v32 = sext i32 %v30 to i64
  %v33 = getelementptr inbounds i32, ptr %v29, i64 %v32
  %v34 = load i32, ptr %v33, align 4
  %v35 = sext i32 %v34 to i64
  %v36 = load ptr, ptr %v4, align 8
  %v37 = getelementptr inbounds nuw %struct.VM, ptr %v36, i32 0, i32 0
  %v38 = load ptr, ptr %v4, align 8
  %v39 = getelementptr inbounds nuw %struct.VM, ptr %v38, i32 0, i32 1
  %v40 = load i32, ptr %v39, align 8
  %v41 = add nsw i32 %v40, 1
  store i32 %v41, ptr %v39, align 8
  %v42 = sext i32 %v40 to i64
  %v43 = getelementptr inbounds [256 x i64], ptr %v37, i64 0, i64 %v42
  store i64 %v35, ptr %v43, align 8
  br label %v525
v522:                                              ; preds = %v16
  %v523 = load i32, ptr %v7, align 4
  %v524 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %v523)
  store i64 -1, ptr %v3, align 8
  br label %v526
v422:                                              ; preds = %v404
  %v423 = load i32, ptr %v6, align 4
  %v424 = add nsw i32 %v423, 1
  br label %v425
v106:                                              ; preds = %v16
  %v107 = load ptr, ptr %v4, align 8
  %v108 = getelementptr inbounds nuw %struct.VM, ptr %v107, i32 0, i32 0
  %v109 = load ptr, ptr %v4, align 8
  %v110 = getelementptr inbounds nuw %struct.VM, ptr %v109, i32 0, i32 1
  %v111 = load i32, ptr %v110, align 8
  %v112 = sub nsw i32 %v111, 2
  %v113 = sext i32 %v112 to i64
  %v114 = getelementptr inbounds [256 x i64], ptr %v108, i64 0, i64 %v113
  %v115 = load i64, ptr %v114, align 8
  %v116 = load ptr, ptr %v4, align 8
  %v117 = getelementptr inbounds nuw %struct.VM, ptr %v116, i32 0, i32 0
  %v118 = load ptr, ptr %v4, align 8
  %v119 = getelementptr inbounds nuw %struct.VM, ptr %v118, i32 0, i32 1
  %v120 = load i32, ptr %v119, align 8
  %v121 = sext i32 %v120 to i64
  %v122 = getelementptr inbounds [256 x i64], ptr %v117, i64 0, i64 %v121
  store i64 %v115, ptr %v122, align 8
  %v123 = load ptr, ptr %v4, align 8
  %v124 = getelementptr inbounds nuw %struct.VM, ptr %v123, i32 0, i32 1
  %v125 = load i32, ptr %v124, align 8
  %v126 = add nsw i32 %v125, 1
  store i32 %v126, ptr %v124, align 8
  br label %v525
v217:                                              ; preds = %v16
  %v218 = load ptr, ptr %v4, align 8
  %v219 = getelementptr inbounds nuw %struct.VM, ptr %v218, i32 0, i32 0
  %v220 = load ptr, ptr %v4, align 8
  %v221 = getelementptr inbounds nuw %struct.VM, ptr %v220, i32 0, i32 1
  %v222 = load i32, ptr %v221, align 8
  %v223 = add nsw i32 %v222, -1
  store i32 %v223, ptr %v221, align 8
  %v224 = sext i32 %v223 to i64
  %v225 = getelementptr inbounds [256 x i64], ptr %v219, i64 0, i64 %v224
  %v226 = load i64, ptr %v225, align 8
  store i64 %v226, ptr %v9, align 8
  %v227 = load ptr, ptr %v4, align 8
  %v228 = getelementptr inbounds nuw %struct.VM, ptr %v227, i32 0, i32 0
  %v229 = load ptr, ptr %v4, align 8
  %v230 = getelementptr inbounds nuw %struct.VM, ptr %v229, i32 0, i32 1
  %v231 = load i32, ptr %v230, align 8
  %v232 = add nsw i32 %v231, -1
  store i32 %v232, ptr %v230, align 8
  %v233 = sext i32 %v232 to i64
  %v234 = getelementptr inbounds [256 x i64], ptr %v228, i64 0, i64 %v233
  %v235 = load i64, ptr %v234, align 8
  store i64 %v235, ptr %v8, align 8
  %v236 = load i64, ptr %v9, align 8
  %v237 = icmp ne i64 %v236, 0
  br i1 %v237, label %v238, label %v242
v289:                                              ; preds = %v16
  %v290 = load ptr, ptr %v4, align 8
  %v291 = getelementptr inbounds nuw %struct.VM, ptr %v290, i32 0, i32 0
  %v292 = load ptr, ptr %v4, align 8
  %v293 = getelementptr inbounds nuw %struct.VM, ptr %v292, i32 0, i32 1
  %v294 = load i32, ptr %v293, align 8
  %v295 = add nsw i32 %v294, -1
  store i32 %v295, ptr %v293, align 8
  %v296 = sext i32 %v295 to i64
  %v297 = getelementptr inbounds [256 x i64], ptr %v291, i64 0, i64 %v296
  %v298 = load i64, ptr %v297, align 8
  store i64 %v298, ptr %v9, align 8
  %v299 = load ptr, ptr %v4, align 8
  %v300 = getelementptr inbounds nuw %struct.VM, ptr %v299, i32 0, i32 0
  %v301 = load ptr, ptr %v4, align 8
  %v302 = getelementptr inbounds nuw %struct.VM, ptr %v301, i32 0, i32 1
  %v303 = load i32, ptr %v302, align 8
  %v304 = add nsw i32 %v303, -1
  store i32 %v304, ptr %v302, align 8
  %v305 = sext i32 %v304 to i64
  %v306 = getelementptr inbounds [256 x i64], ptr %v300, i64 0, i64 %v305
  %v307 = load i64, ptr %v306, align 8
  store i64 %v307, ptr %v8, align 8
  %v308 = load i64, ptr %v8, align 8
  %v309 = load i64, ptr %v9, align 8
  %v310 = icmp slt i64 %v308, %v309
  %v311 = zext i1 %v310 to i32
  %v312 = sext i32 %v311 to i64
  %v313 = load ptr, ptr %v4, align 8
  %v314 = getelementptr inbounds nuw %struct.VM, ptr %v313, i32 0, i32 0
  %v315 = load ptr, ptr %v4, align 8
  %v316 = getelementptr inbounds nuw %struct.VM, ptr %v315, i32 0, i32 1
  %v317 = load i32, ptr %v316, align 8
  %v318 = add nsw i32 %v317, 1
  store i32 %v318, ptr %v316, align 8
  %v319 = sext i32 %v317 to i64
  %v320 = getelementptr inbounds [256 x i64], ptr %v314, i64 0, i64 %v319
  store i64 %v312, ptr %v320, align 8
  br label %v525
v127:                                              ; preds = %v16
  %v128 = load ptr, ptr %v4, align 8
  %v129 = getelementptr inbounds nuw %struct.VM, ptr %v128, i32 0, i32 0
  %v130 = load ptr, ptr %v4, align 8
  %v131 = getelementptr inbounds nuw %struct.VM, ptr %v130, i32 0, i32 1
  %v132 = load i32, ptr %v131, align 8
  %v133 = add nsw i32 %v132, -1
  store i32 %v133, ptr %v131, align 8
  %v134 = sext i32 %v133 to i64
  %v135 = getelementptr inbounds [256 x i64], ptr %v129, i64 0, i64 %v134
  %v136 = load i64, ptr %v135, align 8
  store i64 %v136, ptr %v9, align 8
  %v137 = load ptr, ptr %v4, align 8
  %v138 = getelementptr inbounds nuw %struct.VM, ptr %v137, i32 0, i32 0
  %v139 = load ptr, ptr %v4, align 8
  %v140 = getelementptr inbounds nuw %struct.VM, ptr %v139, i32 0, i32 1
  %v141 = load i32, ptr %v140, align 8
  %v142 = add nsw i32 %v141, -1
  store i32 %v142, ptr %v140, align 8
  %v143 = sext i32 %v142 to i64
  %v144 = getelementptr inbounds [256 x i64], ptr %v138, i64 0, i64 %v143
  %v145 = load i64, ptr %v144, align 8
  store i64 %v145, ptr %v8, align 8
  %v146 = load i64, ptr %v8, align 8
  %v147 = load i64, ptr %v9, align 8
  %v148 = add nsw i64 %v146, %v147
  %v149 = load ptr, ptr %v4, align 8
  %v150 = getelementptr inbounds nuw %struct.VM, ptr %v149, i32 0, i32 0
  %v151 = load ptr, ptr %v4, align 8
  %v152 = getelementptr inbounds nuw %struct.VM, ptr %v151, i32 0, i32 1
  %v153 = load i32, ptr %v152, align 8
  %v154 = add nsw i32 %v153, 1
  store i32 %v154, ptr %v152, align 8
  %v155 = sext i32 %v153 to i64
  %v156 = getelementptr inbounds [256 x i64], ptr %v150, i64 0, i64 %v155
  store i64 %v148, ptr %v156, align 8
  br label %v525
v404:                                              ; preds = %v16
  %v405 = load ptr, ptr %v4, align 8
  %v406 = getelementptr inbounds nuw %struct.VM, ptr %v405, i32 0, i32 0
  %v407 = load ptr, ptr %v4, align 8
  %v408 = getelementptr inbounds nuw %struct.VM, ptr %v407, i32 0, i32 1
  %v409 = load i32, ptr %v408, align 8
  %v410 = add nsw i32 %v409, -1
  store i32 %v410, ptr %v408, align 8
  %v411 = sext i32 %v410 to i64
  %v412 = getelementptr inbounds [256 x i64], ptr %v406, i64 0, i64 %v411
  %v413 = load i64, ptr %v412, align 8
  store i64 %v413, ptr %v8, align 8
  %v414 = load i64, ptr %v8, align 8
  %v415 = icmp ne i64 %v414, 0
  br i1 %v415, label %v416, label %v422
v375:                                              ; preds = %v16
  %v376 = load ptr, ptr %v5, align 8
  %v377 = load i32, ptr %v6, align 4
  %v378 = sext i32 %v377 to i64
  %v379 = getelementptr inbounds i32, ptr %v376, i64 %v378
  %v380 = load i32, ptr %v379, align 4
  store i32 %v380, ptr %v6, align 4
  br label %v525
v520:                                              ; preds = %v519, %v509
  %v521 = phi i64 [ %v518, %v509 ], [ 0, %v519 ]
  store i64 %v521, ptr %v3, align 8
  br label %v526
v381:                                              ; preds = %v16
  %v382 = load ptr, ptr %v4, align 8
  %v383 = getelementptr inbounds nuw %struct.VM, ptr %v382, i32 0, i32 0
  %v384 = load ptr, ptr %v4, align 8
  %v385 = getelementptr inbounds nuw %struct.VM, ptr %v384, i32 0, i32 1
  %v386 = load i32, ptr %v385, align 8
  %v387 = add nsw i32 %v386, -1
  store i32 %v387, ptr %v385, align 8
  %v388 = sext i32 %v387 to i64
  %v389 = getelementptr inbounds [256 x i64], ptr %v383, i64 0, i64 %v388
  %v390 = load i64, ptr %v389, align 8
  store i64 %v390, ptr %v8, align 8
  %v391 = load i64, ptr %v8, align 8
  %v392 = icmp ne i64 %v391, 0
  br i1 %v392, label %v393, label %v396
v427:                                              ; preds = %v16
  %v428 = load i32, ptr %v6, align 4
  %v429 = add nsw i32 %v428, 1
  %v430 = load ptr, ptr %v4, align 8
  %v431 = getelementptr inbounds nuw %struct.VM, ptr %v430, i32 0, i32 2
  %v432 = load ptr, ptr %v4, align 8
  %v433 = getelementptr inbounds nuw %struct.VM, ptr %v432, i32 0, i32 3
  %v434 = load i32, ptr %v433, align 4
  %v435 = add nsw i32 %v434, 1
  store i32 %v435, ptr %v433, align 4
  %v436 = sext i32 %v434 to i64
  %v437 = getelementptr inbounds [64 x i32], ptr %v431, i64 0, i64 %v436
  store i32 %v429, ptr %v437, align 4
  %v438 = load ptr, ptr %v5, align 8
  %v439 = load i32, ptr %v6, align 4
  %v440 = sext i32 %v439 to i64
  %v441 = getelementptr inbounds i32, ptr %v438, i64 %v440
  %v442 = load i32, ptr %v441, align 4
  store i32 %v442, ptr %v6, align 4
  br label %v525
v396:                                              ; preds = %v381
  %v397 = load ptr, ptr %v5, align 8
  %v398 = load i32, ptr %v6, align 4
  %v399 = sext i32 %v398 to i64
  %v400 = getelementptr inbounds i32, ptr %v397, i64 %v399
  %v401 = load i32, ptr %v400, align 4
  br label %v402
v238:                                              ; preds = %v217
  %v239 = load i64, ptr %v8, align 8
  %v240 = load i64, ptr %v9, align 8
  %v241 = sdiv i64 %v239, %v240
  br label %v243
v493:                                              ; preds = %v16
  %v494 = load ptr, ptr %v4, align 8
  %v495 = getelementptr inbounds nuw %struct.VM, ptr %v494, i32 0, i32 0
  %v496 = load ptr, ptr %v4, align 8
  %v497 = getelementptr inbounds nuw %struct.VM, ptr %v496, i32 0, i32 1
  %v498 = load i32, ptr %v497, align 8
  %v499 = add nsw i32 %v498, -1
  store i32 %v499, ptr %v497, align 8
  %v500 = sext i32 %v499 to i64
  %v501 = getelementptr inbounds [256 x i64], ptr %v495, i64 0, i64 %v500
  %v502 = load i64, ptr %v501, align 8
  %v503 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %v502)
  br label %v525
v321:                                              ; preds = %v16
  %v322 = load ptr, ptr %v4, align 8
  %v323 = getelementptr inbounds nuw %struct.VM, ptr %v322, i32 0, i32 0
  %v324 = load ptr, ptr %v4, align 8
  %v325 = getelementptr inbounds nuw %struct.VM, ptr %v324, i32 0, i32 1
  %v326 = load i32, ptr %v325, align 8
  %v327 = add nsw i32 %v326, -1
  store i32 %v327, ptr %v325, align 8
  %v328 = sext i32 %v327 to i64
  %v329 = getelementptr inbounds [256 x i64], ptr %v323, i64 0, i64 %v328
  %v330 = load i64, ptr %v329, align 8
  store i64 %v330, ptr %v9, align 8
  %v331 = load ptr, ptr %v4, align 8
  %v332 = getelementptr inbounds nuw %struct.VM, ptr %v331, i32 0, i32 0
  %v333 = load ptr, ptr %v4, align 8
  %v334 = getelementptr inbounds nuw %struct.VM, ptr %v333, i32 0, i32 1
  %v335 = load i32, ptr %v334, align 8
  %v336 = add nsw i32 %v335, -1
  store i32 %v336, ptr %v334, align 8
  %v337 = sext i32 %v336 to i64
  %v338 = getelementptr inbounds [256 x i64], ptr %v332, i64 0, i64 %v337
  %v339 = load i64, ptr %v338, align 8
  store i64 %v339, ptr %v8, align 8
  %v340 = load i64, ptr %v8, align 8
  %v341 = load i64, ptr %v9, align 8
  %v342 = icmp eq i64 %v340, %v341
  %v343 = zext i1 %v342 to i32
  %v344 = sext i32 %v343 to i64
  %v345 = load ptr, ptr %v4, align 8
  %v346 = getelementptr inbounds nuw %struct.VM, ptr %v345, i32 0, i32 0
  %v347 = load ptr, ptr %v4, align 8
  %v348 = getelementptr inbounds nuw %struct.VM, ptr %v347, i32 0, i32 1
  %v349 = load i32, ptr %v348, align 8
  %v350 = add nsw i32 %v349, 1
  store i32 %v350, ptr %v348, align 8
  %v351 = sext i32 %v349 to i64
  %v352 = getelementptr inbounds [256 x i64], ptr %v346, i64 0, i64 %v351
  store i64 %v344, ptr %v352, align 8
  br label %v525
v525:                                              ; preds = %v493, %v473, %v453, %v443, %v427, %v425, %v402, %v375, %v353, %v321, %v289, %v279, %v243, %v187, %v157, %v127, %v106, %v70, %v49, %v44, %v28
  br label %v16
v526:                                              ; preds = %v522, %v520
  %v527 = load i64, ptr %v3, align 8
  ret i64 %v527
v274:                                              ; preds = %v253
  %v275 = load i64, ptr %v8, align 8
  %v276 = load i64, ptr %v9, align 8
  %v277 = srem i64 %v275, %v276
  br label %v279
v393:                                              ; preds = %v381
  %v394 = load i32, ptr %v6, align 4
  %v395 = add nsw i32 %v394, 1
  br label %v402
v504:                                              ; preds = %v16
  %v505 = load ptr, ptr %v4, align 8
  %v506 = getelementptr inbounds nuw %struct.VM, ptr %v505, i32 0, i32 1
  %v507 = load i32, ptr %v506, align 8
  %v508 = icmp ne i32 %v507, 0
  br i1 %v508, label %v509, label %v519
v353:                                              ; preds = %v16
  %v354 = load ptr, ptr %v4, align 8
  %v355 = getelementptr inbounds nuw %struct.VM, ptr %v354, i32 0, i32 0
  %v356 = load ptr, ptr %v4, align 8
  %v357 = getelementptr inbounds nuw %struct.VM, ptr %v356, i32 0, i32 1
  %v358 = load i32, ptr %v357, align 8
  %v359 = sub nsw i32 %v358, 1
  %v360 = sext i32 %v359 to i64
  %v361 = getelementptr inbounds [256 x i64], ptr %v355, i64 0, i64 %v360
  %v362 = load i64, ptr %v361, align 8
  %v363 = icmp ne i64 %v362, 0
  %v364 = xor i1 %v363, true
  %v365 = zext i1 %v364 to i32
  %v366 = sext i32 %v365 to i64
  %v367 = load ptr, ptr %v4, align 8
  %v368 = getelementptr inbounds nuw %struct.VM, ptr %v367, i32 0, i32 0
  %v369 = load ptr, ptr %v4, align 8
  %v370 = getelementptr inbounds nuw %struct.VM, ptr %v369, i32 0, i32 1
  %v371 = load i32, ptr %v370, align 8
  %v372 = sub nsw i32 %v371, 1
  %v373 = sext i32 %v372 to i64
  %v374 = getelementptr inbounds [256 x i64], ptr %v368, i64 0, i64 %v373
  store i64 %v366, ptr %v374, align 8
  br label %v525
v509:                                              ; preds = %v504
  %v510 = load ptr, ptr %v4, align 8
  %v511 = getelementptr inbounds nuw %struct.VM, ptr %v510, i32 0, i32 0
  %v512 = load ptr, ptr %v4, align 8
  %v513 = getelementptr inbounds nuw %struct.VM, ptr %v512, i32 0, i32 1
  %v514 = load i32, ptr %v513, align 8
  %v515 = sub nsw i32 %v514, 1
  %v516 = sext i32 %v515 to i64
  %v517 = getelementptr inbounds [256 x i64], ptr %v511, i64 0, i64 %v516
  %v518 = load i64, ptr %v517, align 8
  br label %v520
v243:                                              ; preds = %v242, %v238
  %v244 = phi i64 [ %v241, %v238 ], [ 0, %v242 ]
  %v245 = load ptr, ptr %v4, align 8
  %v246 = getelementptr inbounds nuw %struct.VM, ptr %v245, i32 0, i32 0
  %v247 = load ptr, ptr %v4, align 8
  %v248 = getelementptr inbounds nuw %struct.VM, ptr %v247, i32 0, i32 1
  %v249 = load i32, ptr %v248, align 8
  %v250 = add nsw i32 %v249, 1
  store i32 %v250, ptr %v248, align 8
  %v251 = sext i32 %v249 to i64
  %v252 = getelementptr inbounds [256 x i64], ptr %v246, i64 0, i64 %v251
  store i64 %v244, ptr %v252, align 8
  br label %v525
v416:                                              ; preds = %v404
  %v417 = load ptr, ptr %v5, align 8
  %v418 = load i32, ptr %v6, align 4
  %v419 = sext i32 %v418 to i64
  %v420 = getelementptr inbounds i32, ptr %v417, i64 %v419
  %v421 = load i32, ptr %v420, align 4
  br label %v425
v16:                                               ; preds = %v525, %v2
  %v17 = load ptr, ptr %v4, align 8
  %v18 = getelementptr inbounds nuw %struct.VM, ptr %v17, i32 0, i32 5
  %v19 = load i64, ptr %v18, align 8
  %v20 = add nsw i64 %v19, 1
  store i64 %v20, ptr %v18, align 8
  %v21 = load ptr, ptr %v5, align 8
  %v22 = load i32, ptr %v6, align 4
  %v23 = add nsw i32 %v22, 1
  store i32 %v23, ptr %v6, align 4
  %v24 = sext i32 %v22 to i64
  %v25 = getelementptr inbounds i32, ptr %v21, i64 %v24
  %v26 = load i32, ptr %v25, align 4
  store i32 %v26, ptr %v7, align 4
  %v27 = load i32, ptr %v7, align 4
  switch i32 %v27, label %v522 [
    i32 0, label %v28
    i32 1, label %v44
    i32 2, label %v49
    i32 3, label %v70
    i32 4, label %v106
    i32 5, label %v127
    i32 6, label %v157
    i32 7, label %v187
    i32 8, label %v217
    i32 9, label %v253
    i32 10, label %v289
    i32 11, label %v321
    i32 12, label %v353
    i32 13, label %v375
    i32 14, label %v381
    i32 15, label %v404
    i32 16, label %v427
    i32 17, label %v443
    i32 18, label %v453
    i32 19, label %v473
    i32 20, label %v493
    i32 21, label %v504
  ]
v278:                                              ; preds = %v253
  br label %v279
v49:                                               ; preds = %v16
  %v50 = load ptr, ptr %v4, align 8
  %v51 = getelementptr inbounds nuw %struct.VM, ptr %v50, i32 0, i32 0
  %v52 = load ptr, ptr %v4, align 8
  %v53 = getelementptr inbounds nuw %struct.VM, ptr %v52, i32 0, i32 1
  %v54 = load i32, ptr %v53, align 8
  %v55 = sub nsw i32 %v54, 1
  %v56 = sext i32 %v55 to i64
  %v57 = getelementptr inbounds [256 x i64], ptr %v51, i64 0, i64 %v56
  %v58 = load i64, ptr %v57, align 8
  %v59 = load ptr, ptr %v4, align 8
  %v60 = getelementptr inbounds nuw %struct.VM, ptr %v59, i32 0, i32 0
  %v61 = load ptr, ptr %v4, align 8
  %v62 = getelementptr inbounds nuw %struct.VM, ptr %v61, i32 0, i32 1
  %v63 = load i32, ptr %v62, align 8
  %v64 = sext i32 %v63 to i64
  %v65 = getelementptr inbounds [256 x i64], ptr %v60, i64 0, i64 %v64
  store i64 %v58, ptr %v65, align 8
  %v66 = load ptr, ptr %v4, align 8
  %v67 = getelementptr inbounds nuw %struct.VM, ptr %v66, i32 0, i32 1
  %v68 = load i32, ptr %v67, align 8
  %v69 = add nsw i32 %v68, 1
  store i32 %v69, ptr %v67, align 8
  br label %v525
v253:                                              ; preds = %v16
  %v254 = load ptr, ptr %v4, align 8
  %v255 = getelementptr inbounds nuw %struct.VM, ptr %v254, i32 0, i32 0
  %v256 = load ptr, ptr %v4, align 8
  %v257 = getelementptr inbounds nuw %struct.VM, ptr %v256, i32 0, i32 1
  %v258 = load i32, ptr %v257, align 8
  %v259 = add nsw i32 %v258, -1
  store i32 %v259, ptr %v257, align 8
  %v260 = sext i32 %v259 to i64
  %v261 = getelementptr inbounds [256 x i64], ptr %v255, i64 0, i64 %v260
  %v262 = load i64, ptr %v261, align 8
  store i64 %v262, ptr %v9, align 8
  %v263 = load ptr, ptr %v4, align 8
  %v264 = getelementptr inbounds nuw %struct.VM, ptr %v263, i32 0, i32 0
  %v265 = load ptr, ptr %v4, align 8
  %v266 = getelementptr inbounds nuw %struct.VM, ptr %v265, i32 0, i32 1
  %v267 = load i32, ptr %v266, align 8
  %v268 = add nsw i32 %v267, -1
  store i32 %v268, ptr %v266, align 8
  %v269 = sext i32 %v268 to i64
  %v270 = getelementptr inbounds [256 x i64], ptr %v264, i64 0, i64 %v269
  %v271 = load i64, ptr %v270, align 8
  store i64 %v271, ptr %v8, align 8
  %v272 = load i64, ptr %v9, align 8
  %v273 = icmp ne i64 %v272, 0
  br i1 %v273, label %v274, label %v278
v402:                                              ; preds = %v396, %v393
  %v403 = phi i32 [ %v395, %v393 ], [ %v401, %v396 ]
  store i32 %v403, ptr %v6, align 4
  br label %v525
v443:                                              ; preds = %v16
  %v444 = load ptr, ptr %v4, align 8
  %v445 = getelementptr inbounds nuw %struct.VM, ptr %v444, i32 0, i32 2
  %v446 = load ptr, ptr %v4, align 8
  %v447 = getelementptr inbounds nuw %struct.VM, ptr %v446, i32 0, i32 3
  %v448 = load i32, ptr %v447, align 4
  %v449 = add nsw i32 %v448, -1
  store i32 %v449, ptr %v447, align 4
  %v450 = sext i32 %v449 to i64
  %v451 = getelementptr inbounds [64 x i32], ptr %v445, i64 0, i64 %v450
  %v452 = load i32, ptr %v451, align 4
  store i32 %v452, ptr %v6, align 4
  br label %v525
v425:                                              ; preds = %v422, %v416
  %v426 = phi i32 [ %v421, %v416 ], [ %v424, %v422 ]
  store i32 %v426, ptr %v6, align 4
  br label %v525
v453:                                              ; preds = %v16
  %v454 = load ptr, ptr %v4, align 8
  %v455 = getelementptr inbounds nuw %struct.VM, ptr %v454, i32 0, i32 4
  %v456 = load ptr, ptr %v5, align 8
  %v457 = load i32, ptr %v6, align 4
  %v458 = add nsw i32 %v457, 1
  store i32 %v458, ptr %v6, align 4
  %v459 = sext i32 %v457 to i64
  %v460 = getelementptr inbounds i32, ptr %v456, i64 %v459
  %v461 = load i32, ptr %v460, align 4
  %v462 = sext i32 %v461 to i64
  %v463 = getelementptr inbounds [16 x i64], ptr %v455, i64 0, i64 %v462
  %v464 = load i64, ptr %v463, align 8
  %v465 = load ptr, ptr %v4, align 8
  %v466 = getelementptr inbounds nuw %struct.VM, ptr %v465, i32 0, i32 0
  %v467 = load ptr, ptr %v4, align 8
  %v468 = getelementptr inbounds nuw %struct.VM, ptr %v467, i32 0, i32 1
  %v469 = load i32, ptr %v468, align 8
  %v470 = add nsw i32 %v469, 1
  store i32 %v470, ptr %v468, align 8
  %v471 = sext i32 %v469 to i64
  %v472 = getelementptr inbounds [256 x i64], ptr %v466, i64 0, i64 %v471
  store i64 %v464, ptr %v472, align 8
  br label %v525
v157:                                              ; preds = %v16
  %v158 = load ptr, ptr %v4, align 8
  %v159 = getelementptr inbounds nuw %struct.VM, ptr %v158, i32 0, i32 0
  %v160 = load ptr, ptr %v4, align 8
  %v161 = getelementptr inbounds nuw %struct.VM, ptr %v160, i32 0, i32 1
  %v162 = load i32, ptr %v161, align 8
  %v163 = add nsw i32 %v162, -1
  store i32 %v163, ptr %v161, align 8
  %v164 = sext i32 %v163 to i64
  %v165 = getelementptr inbounds [256 x i64], ptr %v159, i64 0, i64 %v164
  %v166 = load i64, ptr %v165, align 8
  store i64 %v166, ptr %v9, align 8
  %v167 = load ptr, ptr %v4, align 8
  %v168 = getelementptr inbounds nuw %struct.VM, ptr %v167, i32 0, i32 0
  %v169 = load ptr, ptr %v4, align 8
  %v170 = getelementptr inbounds nuw %struct.VM, ptr %v169, i32 0, i32 1
  %v171 = load i32, ptr %v170, align 8
  %v172 = add nsw i32 %v171, -1
  store i32 %v172, ptr %v170, align 8
  %v173 = sext i32 %v172 to i64
  %v174 = getelementptr inbounds [256 x i64], ptr %v168, i64 0, i64 %v173
  %v175 = load i64, ptr %v174, align 8
  store i64 %v175, ptr %v8, align 8
  %v176 = load i64, ptr %v8, align 8
  %v177 = load i64, ptr %v9, align 8
  %v178 = sub nsw i64 %v176, %v177
  %v179 = load ptr, ptr %v4, align 8
  %v180 = getelementptr inbounds nuw %struct.VM, ptr %v179, i32 0, i32 0
  %v181 = load ptr, ptr %v4, align 8
  %v182 = getelementptr inbounds nuw %struct.VM, ptr %v181, i32 0, i32 1
  %v183 = load i32, ptr %v182, align 8
  %v184 = add nsw i32 %v183, 1
  store i32 %v184, ptr %v182, align 8
  %v185 = sext i32 %v183 to i64
  %v186 = getelementptr inbounds [256 x i64], ptr %v180, i64 0, i64 %v185
  store i64 %v178, ptr %v186, align 8
  br label %v525
v279:                                              ; preds = %v278, %v274
  %v280 = phi i64 [ %v277, %v274 ], [ 0, %v278 ]
  %v281 = load ptr, ptr %v4, align 8
  %v282 = getelementptr inbounds nuw %struct.VM, ptr %v281, i32 0, i32 0
  %v283 = load ptr, ptr %v4, align 8
  %v284 = getelementptr inbounds nuw %struct.VM, ptr %v283, i32 0, i32 1
  %v285 = load i32, ptr %v284, align 8
  %v286 = add nsw i32 %v285, 1
  store i32 %v286, ptr %v284, align 8
  %v287 = sext i32 %v285 to i64
  %v288 = getelementptr inbounds [256 x i64], ptr %v282, i64 0, i64 %v287
  store i64 %v280, ptr %v288, align 8
  br label %v525
v70:                                               ; preds = %v16
  %v71 = load ptr, ptr %v4, align 8
  %v72 = getelementptr inbounds nuw %struct.VM, ptr %v71, i32 0, i32 0
  %v73 = load ptr, ptr %v4, align 8
  %v74 = getelementptr inbounds nuw %struct.VM, ptr %v73, i32 0, i32 1
  %v75 = load i32, ptr %v74, align 8
  %v76 = sub nsw i32 %v75, 1
  %v77 = sext i32 %v76 to i64
  %v78 = getelementptr inbounds [256 x i64], ptr %v72, i64 0, i64 %v77
  %v79 = load i64, ptr %v78, align 8
  store i64 %v79, ptr %v8, align 8
  %v80 = load ptr, ptr %v4, align 8
  %v81 = getelementptr inbounds nuw %struct.VM, ptr %v80, i32 0, i32 0
  %v82 = load ptr, ptr %v4, align 8
  %v83 = getelementptr inbounds nuw %struct.VM, ptr %v82, i32 0, i32 1
  %v84 = load i32, ptr %v83, align 8
  %v85 = sub nsw i32 %v84, 2
  %v86 = sext i32 %v85 to i64
  %v87 = getelementptr inbounds [256 x i64], ptr %v81, i64 0, i64 %v86
  %v88 = load i64, ptr %v87, align 8
  %v89 = load ptr, ptr %v4, align 8
  %v90 = getelementptr inbounds nuw %struct.VM, ptr %v89, i32 0, i32 0
  %v91 = load ptr, ptr %v4, align 8
  %v92 = getelementptr inbounds nuw %struct.VM, ptr %v91, i32 0, i32 1
  %v93 = load i32, ptr %v92, align 8
  %v94 = sub nsw i32 %v93, 1
  %v95 = sext i32 %v94 to i64
  %v96 = getelementptr inbounds [256 x i64], ptr %v90, i64 0, i64 %v95
  store i64 %v88, ptr %v96, align 8
  %v97 = load i64, ptr %v8, align 8
  %v98 = load ptr, ptr %v4, align 8
  %v99 = getelementptr inbounds nuw %struct.VM, ptr %v98, i32 0, i32 0
  %v100 = load ptr, ptr %v4, align 8
  %v101 = getelementptr inbounds nuw %struct.VM, ptr %v100, i32 0, i32 1
  %v102 = load i32, ptr %v101, align 8
  %v103 = sub nsw i32 %v102, 2
  %v104 = sext i32 %v103 to i64
  %v105 = getelementptr inbounds [256 x i64], ptr %v99, i64 0, i64 %v104
  store i64 %v97, ptr %v105, align 8
  br label %v525
v519:                                              ; preds = %v504
  br label %v520
v187:                                              ; preds = %v16
  %v188 = load ptr, ptr %v4, align 8
  %v189 = getelementptr inbounds nuw %struct.VM, ptr %v188, i32 0, i32 0
  %v190 = load ptr, ptr %v4, align 8
  %v191 = getelementptr inbounds nuw %struct.VM, ptr %v190, i32 0, i32 1
  %v192 = load i32, ptr %v191, align 8
  %v193 = add nsw i32 %v192, -1
  store i32 %v193, ptr %v191, align 8
  %v194 = sext i32 %v193 to i64
  %v195 = getelementptr inbounds [256 x i64], ptr %v189, i64 0, i64 %v194
  %v196 = load i64, ptr %v195, align 8
  store i64 %v196, ptr %v9, align 8
  %v197 = load ptr, ptr %v4, align 8
  %v198 = getelementptr inbounds nuw %struct.VM, ptr %v197, i32 0, i32 0
  %v199 = load ptr, ptr %v4, align 8
  %v200 = getelementptr inbounds nuw %struct.VM, ptr %v199, i32 0, i32 1
  %v201 = load i32, ptr %v200, align 8
  %v202 = add nsw i32 %v201, -1
  store i32 %v202, ptr %v200, align 8
  %v203 = sext i32 %v202 to i64
  %v204 = getelementptr inbounds [256 x i64], ptr %v198, i64 0, i64 %v203
  %v205 = load i64, ptr %v204, align 8
  store i64 %v205, ptr %v8, align 8
  %v206 = load i64, ptr %v8, align 8
  %v207 = load i64, ptr %v9, align 8
  %v208 = mul nsw i64 %v206, %v207
  %v209 = load ptr, ptr %v4, align 8
  %v210 = getelementptr inbounds nuw %struct.VM, ptr %v209, i32 0, i32 0
  %v211 = load ptr, ptr %v4, align 8
  %v212 = getelementptr inbounds nuw %struct.VM, ptr %v211, i32 0, i32 1
  %v213 = load i32, ptr %v212, align 8
  %v214 = add nsw i32 %v213, 1
  store i32 %v214, ptr %v212, align 8
  %v215 = sext i32 %v213 to i64
  %v216 = getelementptr inbounds [256 x i64], ptr %v210, i64 0, i64 %v215
  store i64 %v208, ptr %v216, align 8
  br label %v525
}

declare i32 @printf(ptr noundef, ...) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
