//! kernel warp_vote(int32[::1], int32[::1])
	.text
	.amdgcn_target "amdgcn-amd-amdhsa--gfx90a"
	.amdhsa_code_object_version 5
	.globl	golden_warp_vote
	.p2align	8
	.type	golden_warp_vote,@function
golden_warp_vote:
	s_load_dword s2, s[4:5], 0x4
	s_load_dwordx2 s[0:1], s[6:7], 0x0
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v2, s8
	s_waitcnt lgkmcnt(0)
	s_and_b32 s2, s2, 0xffff
	v_mad_u64_u32 v[0:1], s[2:3], s2, v2, v[0:1]
	v_lshlrev_b64 v[0:1], 2, v[0:1]
	v_mov_b32_e32 v3, s1
	v_add_co_u32_e32 v2, vcc, s0, v0
	v_addc_co_u32_e32 v3, vcc, v3, v1, vcc
	global_load_dword v2, v[2:3], off
	v_mbcnt_lo_u32_b32 v3, -1, 0
	v_mbcnt_hi_u32_b32 v5, -1, v3
	v_and_b32_e32 v4, 32, v5
	v_lshrrev_b64 v[6:7], v4, exec
	s_waitcnt vmcnt(0)
	v_cmp_lt_i32_e32 vcc, 0, v2
	v_lshrrev_b64 v[2:3], v4, vcc
	v_cmp_ne_u32_e64 s[0:1], v2, v6
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execz .LBB0_6
	v_cndmask_b32_e64 v2, 0, 1, vcc
	v_cmp_ne_u32_e32 vcc, 0, v2
	v_lshrrev_b64 v[2:3], v4, vcc
	v_cmp_ne_u32_e32 vcc, 0, v2
	s_and_saveexec_b64 s[0:1], vcc
	s_xor_b64 s[0:1], exec, s[0:1]
	v_and_b32_e32 v2, 31, v5
	s_andn2_saveexec_b64 s[0:1], s[0:1]
	v_lshrrev_b64 v[2:3], v4, exec
	s_or_b64 exec, exec, s[0:1]
.LBB0_6:
	s_or_b64 exec, exec, s[2:3]
	s_load_dwordx2 s[0:1], s[6:7], 0x18
	s_waitcnt lgkmcnt(0)
	v_mov_b32_e32 v3, s1
	v_add_co_u32_e32 v0, vcc, s0, v0
	v_addc_co_u32_e32 v1, vcc, v3, v1, vcc
	global_store_dword v[0:1], v2, off
	s_endpgm
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel golden_warp_vote
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 48
		.amdhsa_user_sgpr_count 8
		.amdhsa_user_sgpr_private_segment_buffer 1
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_flat_scratch_init 0
		.amdhsa_user_sgpr_kernarg_preload_length 0
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_system_sgpr_private_segment_wavefront_offset 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 8
		.amdhsa_next_free_sgpr 9
		.amdhsa_accum_offset 8
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_flat_scratch 0
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
		.amdhsa_tg_split 0
		.amdhsa_exception_fp_ieee_invalid_op 0
		.amdhsa_exception_fp_denorm_src 0
		.amdhsa_exception_fp_ieee_div_zero 0
		.amdhsa_exception_fp_ieee_overflow 0
		.amdhsa_exception_fp_ieee_underflow 0
		.amdhsa_exception_fp_ieee_inexact 0
		.amdhsa_exception_int_div_zero 0
	.end_amdhsa_kernel
	.text
.Lfunc_end0:
	.size	golden_warp_vote, .Lfunc_end0-golden_warp_vote

	.p2alignl 6, 3212836864
	.fill 256, 4, 3212836864
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     0
    .args:
      - .address_space:  generic
        .offset:         0
        .size:           8
        .value_kind:     global_buffer
      - .offset:         8
        .size:           8
        .value_kind:     by_value
      - .offset:         16
        .size:           8
        .value_kind:     by_value
      - .address_space:  generic
        .offset:         24
        .size:           8
        .value_kind:     global_buffer
      - .offset:         32
        .size:           8
        .value_kind:     by_value
      - .offset:         40
        .size:           8
        .value_kind:     by_value
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 48
    .max_flat_workgroup_size: 1024
    .name:           golden_warp_vote
    .private_segment_fixed_size: 0
    .sgpr_count:     13
    .sgpr_spill_count: 0
    .symbol:         golden_warp_vote.kd
    .uses_dynamic_stack: false
    .vgpr_count:     8
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx90a
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata

//! kernel shuffles(float64[::1], float32[::1])
	.text
	.amdgcn_target "amdgcn-amd-amdhsa--gfx90a"
	.amdhsa_code_object_version 5
	.globl	golden_shuffles
	.p2align	8
	.type	golden_shuffles,@function
golden_shuffles:
	s_load_dword s9, s[4:5], 0x4
	s_load_dwordx2 s[0:1], s[6:7], 0x0
	s_load_dwordx2 s[2:3], s[6:7], 0x18
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v2, s8
	s_waitcnt lgkmcnt(0)
	s_and_b32 s4, s9, 0xffff
	v_mad_u64_u32 v[0:1], s[4:5], s4, v2, v[0:1]
	v_lshlrev_b64 v[2:3], 3, v[0:1]
	v_mov_b32_e32 v4, s1
	v_add_co_u32_e32 v2, vcc, s0, v2
	v_addc_co_u32_e32 v3, vcc, v4, v3, vcc
	global_load_dwordx2 v[4:5], v[2:3], off
	v_mbcnt_lo_u32_b32 v6, -1, 0
	v_mbcnt_hi_u32_b32 v8, -1, v6
	v_lshlrev_b32_e32 v9, 2, v8
	v_xor_b32_e32 v7, 4, v9
	v_and_b32_e32 v8, 31, v8
	v_add_u32_e32 v10, -8, v9
	v_cmp_gt_u32_e32 vcc, 2, v8
	v_cndmask_b32_e32 v10, v10, v9, vcc
	v_lshlrev_b64 v[0:1], 2, v[0:1]
	v_mov_b32_e32 v11, s3
	v_add_co_u32_e32 v0, vcc, s2, v0
	v_addc_co_u32_e32 v1, vcc, v11, v1, vcc
	v_cmp_lt_u32_e32 vcc, 27, v8
	s_waitcnt vmcnt(0)
	ds_bpermute_b32 v6, v7, v4
	ds_bpermute_b32 v7, v7, v5
	s_waitcnt lgkmcnt(0)
	v_add_f64 v[4:5], v[4:5], v[6:7]
	ds_bpermute_b32 v6, v10, v4
	ds_bpermute_b32 v7, v10, v5
	v_and_b32_e32 v10, 0x180, v9
	s_waitcnt lgkmcnt(0)
	v_add_f64 v[4:5], v[4:5], v[6:7]
	ds_bpermute_b32 v6, v10, v4
	ds_bpermute_b32 v7, v10, v5
	s_waitcnt lgkmcnt(0)
	v_add_f64 v[4:5], v[4:5], v[6:7]
	global_store_dwordx2 v[2:3], v[4:5], off
	global_load_dword v2, v[0:1], off
	v_add_u32_e32 v3, 16, v9
	v_cndmask_b32_e32 v3, v3, v9, vcc
	s_waitcnt vmcnt(0)
	ds_bpermute_b32 v2, v3, v2
	s_waitcnt lgkmcnt(0)
	global_store_dword v[0:1], v2, off
	s_endpgm
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel golden_shuffles
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 48
		.amdhsa_user_sgpr_count 8
		.amdhsa_user_sgpr_private_segment_buffer 1
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_flat_scratch_init 0
		.amdhsa_user_sgpr_kernarg_preload_length 0
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_system_sgpr_private_segment_wavefront_offset 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 12
		.amdhsa_next_free_sgpr 10
		.amdhsa_accum_offset 12
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_flat_scratch 0
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
		.amdhsa_tg_split 0
		.amdhsa_exception_fp_ieee_invalid_op 0
		.amdhsa_exception_fp_denorm_src 0
		.amdhsa_exception_fp_ieee_div_zero 0
		.amdhsa_exception_fp_ieee_overflow 0
		.amdhsa_exception_fp_ieee_underflow 0
		.amdhsa_exception_fp_ieee_inexact 0
		.amdhsa_exception_int_div_zero 0
	.end_amdhsa_kernel
	.text
.Lfunc_end0:
	.size	golden_shuffles, .Lfunc_end0-golden_shuffles

	.p2alignl 6, 3212836864
	.fill 256, 4, 3212836864
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     0
    .args:
      - .address_space:  generic
        .offset:         0
        .size:           8
        .value_kind:     global_buffer
      - .offset:         8
        .size:           8
        .value_kind:     by_value
      - .offset:         16
        .size:           8
        .value_kind:     by_value
      - .address_space:  generic
        .offset:         24
        .size:           8
        .value_kind:     global_buffer
      - .offset:         32
        .size:           8
        .value_kind:     by_value
      - .offset:         40
        .size:           8
        .value_kind:     by_value
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 48
    .max_flat_workgroup_size: 1024
    .name:           golden_shuffles
    .private_segment_fixed_size: 0
    .sgpr_count:     14
    .sgpr_spill_count: 0
    .symbol:         golden_shuffles.kd
    .uses_dynamic_stack: false
    .vgpr_count:     12
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx90a
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata

//! kernel block_counts(float32[::1], int32[::1])
	.text
	.amdgcn_target "amdgcn-amd-amdhsa--gfx90a"
	.amdhsa_code_object_version 5
	.globl	golden_block_counts
	.p2align	8
	.type	golden_block_counts,@function
golden_block_counts:
	s_load_dword s0, s[4:5], 0x4
	v_and_b32_e32 v4, 0x3ff, v0
	v_mov_b32_e32 v5, 0
	v_mov_b32_e32 v1, s8
	s_waitcnt lgkmcnt(0)
	s_and_b32 s2, s0, 0xffff
	s_load_dwordx2 s[0:1], s[6:7], 0x0
	v_mad_u64_u32 v[2:3], s[2:3], s2, v1, v[4:5]
	s_load_dwordx2 s[2:3], s[6:7], 0x30
	s_load_dword s11, s[6:7], 0x38
	v_lshlrev_b64 v[2:3], 2, v[2:3]
	s_waitcnt lgkmcnt(0)
	v_mov_b32_e32 v1, s1
	v_add_co_u32_e32 v6, vcc, s0, v2
	s_add_u32 s4, s6, 48
	v_addc_co_u32_e32 v7, vcc, v1, v3, vcc
	s_addc_u32 s5, s7, 0
	global_load_dword v1, v[6:7], off
	s_cmp_lt_u32 s9, s3
	s_cselect_b32 s0, 14, 20
	s_cmp_lt_u32 s10, s11
	s_cselect_b32 s1, 16, 22
	s_cmp_lt_u32 s8, s2
	v_mov_b32_e32 v5, s1
	v_mov_b32_e32 v8, s0
	s_cselect_b32 s0, 12, 18
	global_load_ushort v9, v5, s[4:5]
	global_load_ushort v10, v8, s[4:5]
	v_mov_b32_e32 v5, s0
	global_load_ushort v8, v5, s[4:5]
	s_bfe_i32 s2, exec_hi, 0x10000
	v_bfe_u32 v5, v0, 10, 10
	s_waitcnt vmcnt(3)
	v_cmp_lt_f32_e32 vcc, 0, v1
	v_cndmask_b32_e64 v11, 0, 1, vcc
	s_waitcnt vmcnt(0)
	v_readfirstlane_b32 s3, v8
	v_mov_b32_dpp v11, v11 row_shl:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_addc_co_u32_e64 v12, s[0:1], 0, v11, vcc
	v_readfirstlane_b32 s1, v9
	s_nop 0
	v_mov_b32_dpp v9, v12 row_shl:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_addc_co_u32_e32 v8, vcc, v9, v11, vcc
	v_readfirstlane_b32 s0, v10
	s_nop 0
	v_add_u32_dpp v8, v8, v8 row_shl:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_mul_i32 s0, s0, s3
	s_bfe_i32 s0, s0, 0x180000
	v_add_u32_dpp v8, v8, v8 row_shl:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_mul_i32 s0, s0, s1
	s_add_i32 s0, s0, 63
	v_mov_b32_dpp v9, v8 wave_shl:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_andn2_b32 s0, s0, 63
	v_mbcnt_lo_u32_b32 v10, -1, 0
	v_add_u32_dpp v8, v9, v8 row_mirror row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_readlane_b32 s1, v8, 32
	v_readlane_b32 s3, v8, 0
	s_and_b32 s10, s2, s1
	s_add_i32 s10, s10, s3
	s_cmp_lg_u32 s0, 64
	v_mov_b32_e32 v8, s10
	s_cselect_b64 s[2:3], -1, 0
	s_cmp_eq_u32 s0, 64
	v_bfe_u32 v9, v0, 20, 10
	s_cbranch_scc1 .LBB0_7
	s_load_dword s0, s[4:5], 0xc
	v_mbcnt_hi_u32_b32 v8, -1, v10
	s_waitcnt lgkmcnt(0)
	s_lshr_b32 s1, s0, 16
	s_and_b32 s0, s0, 0xffff
	v_mad_u32_u24 v0, v9, s1, v5
	v_mad_u64_u32 v[0:1], s[0:1], v0, s0, v[4:5]
	v_lshrrev_b32_e32 v1, 6, v0
	v_or_b32_e32 v1, v1, v8
	v_cmp_eq_u32_e32 vcc, 0, v1
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_3
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v11, s10
	ds_write_b32 v1, v11
.LBB0_3:
	s_or_b64 exec, exec, s[0:1]
	v_cmp_eq_u32_e32 vcc, 0, v8
	v_cmp_lt_u32_e64 s[0:1], 63, v0
	s_and_b64 s[8:9], vcc, s[0:1]
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_6
	s_mov_b64 s[8:9], exec
	v_mbcnt_lo_u32_b32 v0, s8, 0
	v_mbcnt_hi_u32_b32 v0, s9, v0
	v_cmp_eq_u32_e32 vcc, 0, v0
	s_and_b64 s[12:13], exec, vcc
	s_mov_b64 exec, s[12:13]
	s_cbranch_execz .LBB0_6
	s_bcnt1_i32_b64 s8, s[8:9]
	s_mul_i32 s8, s10, s8
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v1, s8
	ds_add_u32 v0, v1
.LBB0_6:
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v0, 0
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b32 v8, v0
	s_waitcnt lgkmcnt(0)
	s_barrier
	global_load_dword v1, v[6:7], off
.LBB0_7:
	s_waitcnt vmcnt(0)
	v_cmp_lt_f32_e32 vcc, 0, v1
	v_cndmask_b32_e64 v0, 0, 1, vcc
	v_mov_b32_e32 v11, -1
	s_bitcmp1_b32 exec_hi, 0
	v_and_b32_dpp v0, v0, v0 row_shl:1 row_mask:0xf bank_mask:0xf
	s_nop 1
	v_and_b32_dpp v0, v0, v0 row_shl:2 row_mask:0xf bank_mask:0xf
	s_nop 1
	v_and_b32_dpp v0, v0, v0 row_shl:4 row_mask:0xf bank_mask:0xf
	s_nop 1
	v_and_b32_dpp v0, v0, v0 row_shl:8 row_mask:0xf bank_mask:0xf
	s_nop 1
	v_mov_b32_dpp v11, v0 wave_shl:1 row_mask:0xf bank_mask:0xf
	s_nop 1
	v_and_b32_dpp v0, v11, v0 row_mirror row_mask:0xf bank_mask:0xf
	v_readlane_b32 s0, v0, 32
	s_cselect_b32 s0, s0, -1
	v_readlane_b32 s1, v0, 0
	s_and_b32 s8, s0, s1
	v_cndmask_b32_e64 v0, 0, 1, s[2:3]
	v_cmp_ne_u32_e64 s[0:1], 1, v0
	s_andn2_b64 vcc, exec, s[2:3]
	v_mov_b32_e32 v11, s8
	s_cbranch_vccnz .LBB0_14
	s_load_dword s2, s[4:5], 0xc
	v_mbcnt_hi_u32_b32 v11, -1, v10
	s_waitcnt lgkmcnt(0)
	s_lshr_b32 s3, s2, 16
	s_and_b32 s2, s2, 0xffff
	v_mad_u32_u24 v0, v9, s3, v5
	v_mad_u64_u32 v[0:1], s[2:3], v0, s2, v[4:5]
	v_lshrrev_b32_e32 v1, 6, v0
	v_or_b32_e32 v1, v1, v11
	v_cmp_eq_u32_e32 vcc, 0, v1
	s_and_saveexec_b64 s[2:3], vcc
	s_cbranch_execz .LBB0_10
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v12, s8
	ds_write_b32 v1, v12
.LBB0_10:
	s_or_b64 exec, exec, s[2:3]
	v_cmp_eq_u32_e32 vcc, 0, v11
	v_cmp_lt_u32_e64 s[2:3], 63, v0
	s_and_b64 s[10:11], vcc, s[2:3]
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_and_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_13
	v_mbcnt_lo_u32_b32 v0, exec_lo, 0
	v_mbcnt_hi_u32_b32 v0, exec_hi, v0
	v_cmp_eq_u32_e32 vcc, 0, v0
	s_and_b64 exec, exec, vcc
	s_cbranch_execz .LBB0_13
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v1, s8
	ds_and_b32 v0, v1
.LBB0_13:
	s_or_b64 exec, exec, s[2:3]
	v_mov_b32_e32 v0, 0
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b32 v11, v0
	s_waitcnt lgkmcnt(0)
	s_barrier
	global_load_dword v1, v[6:7], off
.LBB0_14:
	s_waitcnt vmcnt(0)
	v_cmp_lt_f32_e32 vcc, 0, v1
	v_cndmask_b32_e64 v0, 0, 1, vcc
	s_bfe_i32 s3, exec_hi, 0x10000
	s_and_b64 vcc, exec, s[0:1]
	v_or_b32_dpp v0, v0, v0 row_shl:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_nop 1
	v_or_b32_dpp v0, v0, v0 row_shl:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_nop 1
	v_or_b32_dpp v0, v0, v0 row_shl:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_nop 1
	v_or_b32_dpp v0, v0, v0 row_shl:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_nop 1
	v_mov_b32_dpp v1, v0 wave_shl:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_nop 1
	v_or_b32_dpp v0, v1, v0 row_mirror row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_readlane_b32 s2, v0, 32
	s_and_b32 s2, s3, s2
	v_readlane_b32 s3, v0, 0
	s_or_b32 s2, s2, s3
	v_mov_b32_e32 v0, s2
	s_cbranch_vccnz .LBB0_21
	s_load_dword s0, s[4:5], 0xc
	v_mbcnt_hi_u32_b32 v6, -1, v10
	s_waitcnt lgkmcnt(0)
	s_lshr_b32 s1, s0, 16
	s_and_b32 s0, s0, 0xffff
	v_mad_u32_u24 v0, v9, s1, v5
	v_mad_u64_u32 v[0:1], s[0:1], v0, s0, v[4:5]
	v_lshrrev_b32_e32 v1, 6, v0
	v_or_b32_e32 v1, v1, v6
	v_cmp_eq_u32_e32 vcc, 0, v1
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_17
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v4, s2
	ds_write_b32 v1, v4
.LBB0_17:
	s_or_b64 exec, exec, s[0:1]
	v_cmp_eq_u32_e32 vcc, 0, v6
	v_cmp_lt_u32_e64 s[0:1], 63, v0
	s_and_b64 s[4:5], vcc, s[0:1]
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_20
	v_mbcnt_lo_u32_b32 v0, exec_lo, 0
	v_mbcnt_hi_u32_b32 v0, exec_hi, v0
	v_cmp_eq_u32_e32 vcc, 0, v0
	s_and_b64 exec, exec, vcc
	s_cbranch_execz .LBB0_20
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v1, s2
	ds_or_b32 v0, v1
.LBB0_20:
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v0, 0
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b32 v0, v0
	s_waitcnt lgkmcnt(0)
	s_barrier
.LBB0_21:
	s_load_dwordx2 s[0:1], s[6:7], 0x18
	v_add_u32_e32 v1, v11, v8
	v_add_u32_e32 v4, v1, v0
	s_waitcnt lgkmcnt(0)
	buffer_wbinvl1_vol
	v_mov_b32_e32 v1, s1
	v_add_co_u32_e32 v0, vcc, s0, v2
	v_addc_co_u32_e32 v1, vcc, v1, v3, vcc
	buffer_wbl2
	buffer_invl2
	buffer_wbinvl1_vol
	global_store_dword v[0:1], v4, off
	s_endpgm
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel golden_block_counts
		.amdhsa_group_segment_fixed_size 256
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 304
		.amdhsa_user_sgpr_count 8
		.amdhsa_user_sgpr_private_segment_buffer 1
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_flat_scratch_init 0
		.amdhsa_user_sgpr_kernarg_preload_length 0
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_system_sgpr_private_segment_wavefront_offset 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 1
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 2
		.amdhsa_next_free_vgpr 13
		.amdhsa_next_free_sgpr 14
		.amdhsa_accum_offset 16
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_flat_scratch 0
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
		.amdhsa_tg_split 0
		.amdhsa_exception_fp_ieee_invalid_op 0
		.amdhsa_exception_fp_denorm_src 0
		.amdhsa_exception_fp_ieee_div_zero 0
		.amdhsa_exception_fp_ieee_overflow 0
		.amdhsa_exception_fp_ieee_underflow 0
		.amdhsa_exception_fp_ieee_inexact 0
		.amdhsa_exception_int_div_zero 0
	.end_amdhsa_kernel
	.text
.Lfunc_end0:
	.size	golden_block_counts, .Lfunc_end0-golden_block_counts

	.p2alignl 6, 3212836864
	.fill 256, 4, 3212836864
	.ident	"Debian clang version 15.0.5"
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     0
    .args:
      - .address_space:  generic
        .offset:         0
        .size:           8
        .value_kind:     global_buffer
      - .offset:         8
        .size:           8
        .value_kind:     by_value
      - .offset:         16
        .size:           8
        .value_kind:     by_value
      - .address_space:  generic
        .offset:         24
        .size:           8
        .value_kind:     global_buffer
      - .offset:         32
        .size:           8
        .value_kind:     by_value
      - .offset:         40
        .size:           8
        .value_kind:     by_value
      - .offset:         48
        .size:           4
        .value_kind:     hidden_block_count_x
      - .offset:         52
        .size:           4
        .value_kind:     hidden_block_count_y
      - .offset:         56
        .size:           4
        .value_kind:     hidden_block_count_z
      - .offset:         60
        .size:           2
        .value_kind:     hidden_group_size_x
      - .offset:         62
        .size:           2
        .value_kind:     hidden_group_size_y
      - .offset:         64
        .size:           2
        .value_kind:     hidden_group_size_z
      - .offset:         66
        .size:           2
        .value_kind:     hidden_remainder_x
      - .offset:         68
        .size:           2
        .value_kind:     hidden_remainder_y
      - .offset:         70
        .size:           2
        .value_kind:     hidden_remainder_z
      - .offset:         88
        .size:           8
        .value_kind:     hidden_global_offset_x
      - .offset:         96
        .size:           8
        .value_kind:     hidden_global_offset_y
      - .offset:         104
        .size:           8
        .value_kind:     hidden_global_offset_z
      - .offset:         112
        .size:           2
        .value_kind:     hidden_grid_dims
      - .offset:         128
        .size:           8
        .value_kind:     hidden_hostcall_buffer
      - .offset:         136
        .size:           8
        .value_kind:     hidden_multigrid_sync_arg
      - .offset:         144
        .size:           8
        .value_kind:     hidden_heap_v1
      - .offset:         152
        .size:           8
        .value_kind:     hidden_default_queue
      - .offset:         160
        .size:           8
        .value_kind:     hidden_completion_action
      - .offset:         248
        .size:           8
        .value_kind:     hidden_queue_ptr
    .group_segment_fixed_size: 256
    .kernarg_segment_align: 8
    .kernarg_segment_size: 304
    .language:       OpenCL C
    .language_version:
      - 2
      - 0
    .max_flat_workgroup_size: 1024
    .name:           golden_block_counts
    .private_segment_fixed_size: 0
    .sgpr_count:     18
    .sgpr_spill_count: 0
    .symbol:         golden_block_counts.kd
    .uses_dynamic_stack: false
    .vgpr_count:     13
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx90a
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata

//! kernel float_atomics(float32[::1], float64[::1])
	.text
	.amdgcn_target "amdgcn-amd-amdhsa--gfx90a"
	.amdhsa_code_object_version 5
	.globl	golden_float_atomics
	.p2align	8
	.type	golden_float_atomics,@function
golden_float_atomics:
	s_load_dword s0, s[4:5], 0x4
	s_load_dwordx2 s[10:11], s[6:7], 0x0
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v2, s8
	s_waitcnt lgkmcnt(0)
	s_and_b32 s0, s0, 0xffff
	v_mad_u64_u32 v[4:5], s[0:1], s0, v2, v[0:1]
	v_lshlrev_b64 v[2:3], 2, v[4:5]
	v_mov_b32_e32 v0, s11
	v_add_co_u32_e32 v2, vcc, s10, v2
	v_addc_co_u32_e32 v3, vcc, v0, v3, vcc
	global_load_dword v2, v[2:3], off
	s_brev_b32 s0, 18
	s_waitcnt vmcnt(0)
	v_and_b32_e32 v3, 0x7fffffff, v2
	v_cmp_nlt_f32_e64 s[0:1], |v2|, s0
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_xor_b64 s[8:9], exec, s[2:3]
	s_cbranch_execz .LBB0_2
	v_lshrrev_b32_e32 v0, 23, v3
	v_add_u32_e32 v0, 0xffffff88, v0
	v_not_b32_e32 v6, 63
	v_cmp_lt_u32_e32 vcc, 63, v0
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_add_u32_e32 v0, v6, v0
	v_not_b32_e32 v6, 31
	v_cmp_lt_u32_e64 s[0:1], 31, v0
	v_cndmask_b32_e64 v7, 0, v6, s[0:1]
	v_add_u32_e32 v0, v7, v0
	v_cmp_lt_u32_e64 s[2:3], 31, v0
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_add_u32_e32 v18, v6, v0
	v_and_b32_e32 v0, 0x7fffff, v3
	v_or_b32_e32 v19, 0x800000, v0
	s_mov_b32 s4, 0xfe5163ab
	v_mad_u64_u32 v[6:7], s[4:5], v19, s4, 0
	v_mov_b32_e32 v0, v7
	s_mov_b32 s4, 0x3c439041
	v_mad_u64_u32 v[8:9], s[4:5], v19, s4, v[0:1]
	v_mov_b32_e32 v0, v9
	s_mov_b32 s4, 0xdb629599
	v_mad_u64_u32 v[10:11], s[4:5], v19, s4, v[0:1]
	v_mov_b32_e32 v0, v11
	s_mov_b32 s4, 0xf534ddc0
	v_mad_u64_u32 v[12:13], s[4:5], v19, s4, v[0:1]
	v_mov_b32_e32 v0, v13
	s_mov_b32 s4, 0xfc2757d1
	v_mad_u64_u32 v[14:15], s[4:5], v19, s4, v[0:1]
	v_mov_b32_e32 v0, v15
	s_mov_b32 s4, 0x4e441529
	v_mad_u64_u32 v[16:17], s[4:5], v19, s4, v[0:1]
	v_mov_b32_e32 v0, v17
	s_mov_b32 s4, 0xa2f9836e
	v_mad_u64_u32 v[0:1], s[4:5], v19, s4, v[0:1]
	v_cndmask_b32_e32 v7, v16, v12, vcc
	v_cndmask_b32_e32 v0, v0, v14, vcc
	v_cndmask_b32_e32 v1, v1, v16, vcc
	v_cndmask_b32_e64 v9, v0, v7, s[0:1]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	v_cndmask_b32_e32 v1, v14, v10, vcc
	v_cndmask_b32_e64 v7, v7, v1, s[0:1]
	v_cndmask_b32_e32 v8, v12, v8, vcc
	v_cndmask_b32_e64 v0, v0, v9, s[2:3]
	v_cndmask_b32_e64 v9, v9, v7, s[2:3]
	v_sub_u32_e32 v11, 32, v18
	v_cndmask_b32_e64 v1, v1, v8, s[0:1]
	v_alignbit_b32 v13, v0, v9, v11
	v_cmp_eq_u32_e64 s[4:5], 0, v18
	v_cndmask_b32_e64 v7, v7, v1, s[2:3]
	v_cndmask_b32_e64 v0, v13, v0, s[4:5]
	v_alignbit_b32 v12, v9, v7, v11
	v_cndmask_b32_e32 v6, v10, v6, vcc
	v_cndmask_b32_e64 v9, v12, v9, s[4:5]
	v_bfe_u32 v14, v0, 29, 1
	v_cndmask_b32_e64 v6, v8, v6, s[0:1]
	v_alignbit_b32 v12, v0, v9, 30
	v_sub_u32_e32 v15, 0, v14
	v_cndmask_b32_e64 v1, v1, v6, s[2:3]
	v_xor_b32_e32 v12, v12, v15
	v_alignbit_b32 v6, v7, v1, v11
	v_cndmask_b32_e64 v6, v6, v7, s[4:5]
	v_ffbh_u32_e32 v8, v12
	v_alignbit_b32 v7, v9, v6, 30
	v_min_u32_e32 v8, 32, v8
	v_alignbit_b32 v1, v6, v1, 30
	v_xor_b32_e32 v7, v7, v15
	v_sub_u32_e32 v9, 31, v8
	v_xor_b32_e32 v1, v1, v15
	v_alignbit_b32 v10, v12, v7, v9
	v_alignbit_b32 v1, v7, v1, v9
	v_alignbit_b32 v6, v10, v1, 9
	v_ffbh_u32_e32 v7, v6
	v_min_u32_e32 v7, 32, v7
	v_lshrrev_b32_e32 v13, 29, v0
	v_sub_u32_e32 v9, 31, v7
	v_alignbit_b32 v1, v6, v1, v9
	v_lshlrev_b32_e32 v6, 31, v13
	v_or_b32_e32 v9, 0x33000000, v6
	v_add_lshl_u32 v7, v7, v8, 23
	v_lshrrev_b32_e32 v1, 9, v1
	v_sub_u32_e32 v7, v9, v7
	v_or_b32_e32 v6, 0.5, v6
	v_lshlrev_b32_e32 v8, 23, v8
	v_or_b32_e32 v1, v7, v1
	v_lshrrev_b32_e32 v7, 9, v10
	v_sub_u32_e32 v6, v6, v8
	v_or_b32_e32 v6, v7, v6
	s_mov_b32 s0, 0x3fc90fda
	v_mul_f32_e32 v7, 0x3fc90fda, v6
	v_fma_f32 v8, v6, s0, -v7
	v_fmac_f32_e32 v8, 0x33a22168, v6
	v_fmac_f32_e32 v8, 0x3fc90fda, v1
	v_lshrrev_b32_e32 v0, 30, v0
	v_add_f32_e32 v6, v7, v8
	v_add_u32_e32 v0, v14, v0
.LBB0_2:
	s_andn2_saveexec_b64 s[0:1], s[8:9]
	s_mov_b32 s2, 0x3f22f983
	v_mul_f32_e64 v0, |v2|, s2
	v_rndne_f32_e32 v1, v0
	s_mov_b32 s2, 0xbfc90fda
	v_cvt_i32_f32_e32 v0, v1
	v_fma_f32 v6, v1, s2, |v2|
	v_fmac_f32_e32 v6, 0xb3a22168, v1
	v_fmac_f32_e32 v6, 0xa7c234c4, v1
	s_or_b64 exec, exec, s[0:1]
	v_mul_f32_e32 v1, v6, v6
	v_mov_b32_e32 v7, 0x3c0881c4
	v_fmac_f32_e32 v7, 0xb94c1982, v1
	v_mov_b32_e32 v8, 0xbe2aaa9d
	v_fmac_f32_e32 v8, v1, v7
	v_mul_f32_e32 v7, v1, v8
	v_fmac_f32_e32 v6, v6, v7
	v_mov_b32_e32 v7, 0xbab64f3b
	v_fmac_f32_e32 v7, 0x37d75334, v1
	v_mov_b32_e32 v8, 0x3d2aabf7
	v_fmac_f32_e32 v8, v1, v7
	v_mov_b32_e32 v7, 0xbf000004
	v_fmac_f32_e32 v7, v1, v8
	v_fma_f32 v1, v1, v7, 1.0
	v_and_b32_e32 v7, 1, v0
	v_lshlrev_b32_e32 v0, 30, v0
	v_cmp_eq_u32_e32 vcc, 0, v7
	v_and_b32_e32 v0, 0x80000000, v0
	v_xor_b32_e32 v3, v3, v2
	v_cndmask_b32_e32 v1, v1, v6, vcc
	v_xor_b32_e32 v0, v3, v0
	s_movk_i32 s2, 0x1f8
	v_xor_b32_e32 v0, v0, v1
	v_mov_b32_e32 v1, 0x7fc00000
	v_cmp_class_f32_e64 vcc, v2, s2
	s_mov_b64 s[0:1], exec
	v_cndmask_b32_e32 v0, v1, v0, vcc
	v_bfrev_b32_e32 v2, 1
.LBB0_5:
	s_ff1_i32_b64 s2, s[0:1]
	v_readlane_b32 s4, v0, s2
	s_lshl_b64 s[2:3], 1, s2
	s_andn2_b64 s[0:1], s[0:1], s[2:3]
	s_cmp_lg_u64 s[0:1], 0
	v_add_f32_e32 v2, s4, v2
	s_cbranch_scc1 .LBB0_5
	v_mbcnt_lo_u32_b32 v0, exec_lo, 0
	v_mbcnt_hi_u32_b32 v0, exec_hi, v0
	v_cmp_eq_u32_e32 vcc, 0, v0
	s_and_saveexec_b64 s[0:1], vcc
	s_xor_b64 s[0:1], exec, s[0:1]
	s_cbranch_execz .LBB0_10
	s_load_dword s4, s[10:11], 0x0
	s_mov_b64 s[2:3], 0
	v_mov_b32_e32 v3, 0
	s_waitcnt lgkmcnt(0)
	v_mov_b32_e32 v1, s4
.LBB0_8:
	v_add_f32_e32 v0, v1, v2
	global_atomic_cmpswap v0, v3, v[0:1], s[10:11] glc
	s_waitcnt vmcnt(0)
	v_cmp_eq_u32_e32 vcc, v0, v1
	s_or_b64 s[2:3], vcc, s[2:3]
	v_mov_b32_e32 v1, v0
	s_andn2_b64 exec, exec, s[2:3]
	s_cbranch_execnz .LBB0_8
	s_or_b64 exec, exec, s[2:3]
.LBB0_10:
	s_or_b64 exec, exec, s[0:1]
	s_load_dwordx2 s[0:1], s[6:7], 0x18
	s_mov_b64 s[4:5], exec
	v_mbcnt_lo_u32_b32 v0, s4, 0
	v_mbcnt_hi_u32_b32 v0, s5, v0
	v_cmp_eq_u32_e32 vcc, 0, v0
	s_and_saveexec_b64 s[2:3], vcc
	s_cbranch_execz .LBB0_13
	v_mov_b32_e32 v8, 0
	s_waitcnt lgkmcnt(0)
	global_load_dwordx2 v[2:3], v8, s[0:1]
	s_bcnt1_i32_b64 s4, s[4:5]
	v_cvt_f64_u32_e32 v[6:7], s4
	s_mov_b64 s[4:5], 0
.LBB0_12:
	s_waitcnt vmcnt(0)
	v_add_f64 v[0:1], v[2:3], v[6:7]
	global_atomic_cmpswap_x2 v[0:1], v8, v[0:3], s[0:1] glc
	s_waitcnt vmcnt(0)
	v_cmp_eq_u64_e32 vcc, v[0:1], v[2:3]
	s_or_b64 s[4:5], vcc, s[4:5]
	v_pk_mov_b32 v[2:3], v[0:1], v[0:1] op_sel:[0,1]
	s_andn2_b64 exec, exec, s[4:5]
	s_cbranch_execnz .LBB0_12
.LBB0_13:
	s_or_b64 exec, exec, s[2:3]
	v_lshlrev_b64 v[0:1], 3, v[4:5]
	s_waitcnt lgkmcnt(0)
	v_mov_b32_e32 v2, s1
	v_add_co_u32_e32 v0, vcc, s0, v0
	v_addc_co_u32_e32 v1, vcc, v2, v1, vcc
	global_load_dwordx2 v[2:3], v[0:1], off
	v_mov_b32_e32 v0, 0
	s_mov_b64 s[2:3], exec
	v_mov_b32_e32 v1, 0x7ff80000
.LBB0_14:
	s_ff1_i32_b64 s6, s[2:3]
	s_waitcnt vmcnt(0)
	v_readlane_b32 s5, v3, s6
	v_readlane_b32 s4, v2, s6
	s_lshl_b64 s[6:7], 1, s6
	v_max_f64 v[0:1], v[0:1], v[0:1]
	v_max_f64 v[4:5], s[4:5], s[4:5]
	s_andn2_b64 s[2:3], s[2:3], s[6:7]
	s_cmp_lg_u64 s[2:3], 0
	v_max_f64 v[0:1], v[0:1], v[4:5]
	s_cbranch_scc1 .LBB0_14
	v_mbcnt_lo_u32_b32 v2, exec_lo, 0
	v_mbcnt_hi_u32_b32 v2, exec_hi, v2
	v_cmp_eq_u32_e32 vcc, 0, v2
	s_and_saveexec_b64 s[2:3], vcc
	s_xor_b64 s[2:3], exec, s[2:3]
	s_cbranch_execz .LBB0_18
	v_mov_b32_e32 v6, 0
	global_load_dwordx2 v[2:3], v6, s[0:1] offset:8
	s_mov_b64 s[2:3], 0
	v_max_f64 v[4:5], v[0:1], v[0:1]
.LBB0_17:
	s_waitcnt vmcnt(0)
	v_max_f64 v[0:1], v[2:3], v[2:3]
	v_max_f64 v[0:1], v[0:1], v[4:5]
	global_atomic_cmpswap_x2 v[0:1], v6, v[0:3], s[0:1] offset:8 glc
	s_waitcnt vmcnt(0)
	v_cmp_eq_u64_e32 vcc, v[0:1], v[2:3]
	s_or_b64 s[2:3], vcc, s[2:3]
	v_pk_mov_b32 v[2:3], v[0:1], v[0:1] op_sel:[0,1]
	s_andn2_b64 exec, exec, s[2:3]
	s_cbranch_execnz .LBB0_17
.LBB0_18:
	s_endpgm
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel golden_float_atomics
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 48
		.amdhsa_user_sgpr_count 8
		.amdhsa_user_sgpr_private_segment_buffer 1
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_flat_scratch_init 0
		.amdhsa_user_sgpr_kernarg_preload_length 0
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_system_sgpr_private_segment_wavefront_offset 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 20
		.amdhsa_next_free_sgpr 12
		.amdhsa_accum_offset 20
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_flat_scratch 0
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
		.amdhsa_tg_split 0
		.amdhsa_exception_fp_ieee_invalid_op 0
		.amdhsa_exception_fp_denorm_src 0
		.amdhsa_exception_fp_ieee_div_zero 0
		.amdhsa_exception_fp_ieee_overflow 0
		.amdhsa_exception_fp_ieee_underflow 0
		.amdhsa_exception_fp_ieee_inexact 0
		.amdhsa_exception_int_div_zero 0
	.end_amdhsa_kernel
	.text
.Lfunc_end0:
	.size	golden_float_atomics, .Lfunc_end0-golden_float_atomics

	.p2alignl 6, 3212836864
	.fill 256, 4, 3212836864
	.ident	"Debian clang version 15.0.5"
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     0
    .args:
      - .address_space:  generic
        .offset:         0
        .size:           8
        .value_kind:     global_buffer
      - .offset:         8
        .size:           8
        .value_kind:     by_value
      - .offset:         16
        .size:           8
        .value_kind:     by_value
      - .address_space:  generic
        .offset:         24
        .size:           8
        .value_kind:     global_buffer
      - .offset:         32
        .size:           8
        .value_kind:     by_value
      - .offset:         40
        .size:           8
        .value_kind:     by_value
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 48
    .language:       OpenCL C
    .language_version:
      - 2
      - 0
    .max_flat_workgroup_size: 1024
    .name:           golden_float_atomics
    .private_segment_fixed_size: 0
    .sgpr_count:     16
    .sgpr_spill_count: 0
    .symbol:         golden_float_atomics.kd
    .uses_dynamic_stack: false
    .vgpr_count:     20
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx90a
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata

//! kernel scratch(float64[::1])
	.text
	.amdgcn_target "amdgcn-amd-amdhsa--gfx90a"
	.amdhsa_code_object_version 5
	.globl	golden_scratch
	.p2align	8
	.type	golden_scratch,@function
golden_scratch:
	s_load_dwordx4 s[12:15], s[6:7], 0x0
	s_add_u32 s0, s0, s11
	s_addc_u32 s1, s1, 0
	s_waitcnt lgkmcnt(0)
	s_cmp_eq_u64 s[14:15], 0
	s_cbranch_scc1 .LBB0_34
	s_load_dword s4, s[4:5], 0x4
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v2, s10
	v_mov_b32_e32 v4, v1
	s_waitcnt lgkmcnt(0)
	s_and_b32 s4, s4, 0xffff
	v_mad_u64_u32 v[2:3], s[4:5], s4, v2, v[0:1]
	v_or_b32_e32 v5, s15, v3
	v_cmp_ne_u64_e32 vcc, 0, v[4:5]
	s_and_saveexec_b64 s[4:5], vcc
	s_xor_b64 s[8:9], exec, s[4:5]
	s_cbranch_execz .LBB0_3
	s_ashr_i32 s4, s15, 31
	s_add_u32 s6, s14, s4
	s_mov_b32 s5, s4
	s_addc_u32 s7, s15, s4
	s_xor_b64 s[10:11], s[6:7], s[4:5]
	v_cvt_f32_u32_e32 v0, s10
	v_cvt_f32_u32_e32 v1, s11
	s_sub_u32 s4, 0, s10
	s_subb_u32 s5, 0, s11
	v_madmk_f32 v0, v1, 0x4f800000, v0
	v_rcp_f32_e32 v0, v0
	v_mul_f32_e32 v0, 0x5f7ffffc, v0
	v_mul_f32_e32 v1, 0x2f800000, v0
	v_trunc_f32_e32 v1, v1
	v_madmk_f32 v0, v1, 0xcf800000, v0
	v_cvt_u32_f32_e32 v1, v1
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v4, s4, v1
	v_mul_hi_u32 v6, s4, v0
	v_mul_lo_u32 v5, s5, v0
	v_add_u32_e32 v4, v6, v4
	v_mul_lo_u32 v7, s4, v0
	v_add_u32_e32 v4, v4, v5
	v_mul_lo_u32 v6, v0, v4
	v_mul_hi_u32 v8, v0, v7
	v_mul_hi_u32 v5, v0, v4
	v_add_co_u32_e32 v6, vcc, v8, v6
	v_addc_co_u32_e32 v5, vcc, 0, v5, vcc
	v_mul_hi_u32 v9, v1, v7
	v_mul_lo_u32 v7, v1, v7
	v_add_co_u32_e32 v6, vcc, v6, v7
	v_mul_hi_u32 v8, v1, v4
	v_addc_co_u32_e32 v5, vcc, v5, v9, vcc
	v_addc_co_u32_e32 v6, vcc, 0, v8, vcc
	v_mul_lo_u32 v4, v1, v4
	v_add_co_u32_e32 v4, vcc, v5, v4
	v_addc_co_u32_e32 v5, vcc, 0, v6, vcc
	v_add_co_u32_e32 v0, vcc, v0, v4
	v_addc_co_u32_e32 v1, vcc, v1, v5, vcc
	v_mul_lo_u32 v4, s4, v1
	v_mul_hi_u32 v5, s4, v0
	v_add_u32_e32 v4, v5, v4
	v_mul_lo_u32 v5, s5, v0
	v_add_u32_e32 v4, v4, v5
	v_mul_lo_u32 v6, s4, v0
	v_mul_hi_u32 v7, v1, v6
	v_mul_lo_u32 v8, v1, v6
	v_mul_lo_u32 v10, v0, v4
	v_mul_hi_u32 v6, v0, v6
	v_mul_hi_u32 v9, v0, v4
	v_add_co_u32_e32 v6, vcc, v6, v10
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_add_co_u32_e32 v6, vcc, v6, v8
	v_mul_hi_u32 v5, v1, v4
	v_addc_co_u32_e32 v6, vcc, v9, v7, vcc
	v_addc_co_u32_e32 v5, vcc, 0, v5, vcc
	v_mul_lo_u32 v4, v1, v4
	v_add_co_u32_e32 v4, vcc, v6, v4
	v_addc_co_u32_e32 v5, vcc, 0, v5, vcc
	v_add_co_u32_e32 v4, vcc, v0, v4
	v_addc_co_u32_e32 v5, vcc, v1, v5, vcc
	v_ashrrev_i32_e32 v6, 31, v3
	v_add_co_u32_e32 v0, vcc, v2, v6
	v_addc_co_u32_e32 v1, vcc, v3, v6, vcc
	v_xor_b32_e32 v8, v0, v6
	v_xor_b32_e32 v7, v1, v6
	v_mad_u64_u32 v[0:1], s[4:5], v8, v5, 0
	v_mul_hi_u32 v9, v8, v4
	v_add_co_u32_e32 v9, vcc, v9, v0
	v_addc_co_u32_e32 v10, vcc, 0, v1, vcc
	v_mad_u64_u32 v[0:1], s[4:5], v7, v5, 0
	v_mad_u64_u32 v[4:5], s[4:5], v7, v4, 0
	v_add_co_u32_e32 v4, vcc, v9, v4
	v_addc_co_u32_e32 v4, vcc, v10, v5, vcc
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_add_co_u32_e32 v0, vcc, v4, v0
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_mul_lo_u32 v4, s11, v0
	v_mul_lo_u32 v5, s10, v1
	v_mad_u64_u32 v[0:1], s[4:5], s10, v0, 0
	v_add3_u32 v1, v1, v5, v4
	v_sub_u32_e32 v4, v7, v1
	v_mov_b32_e32 v5, s11
	v_sub_co_u32_e32 v0, vcc, v8, v0
	v_subb_co_u32_e64 v4, s[4:5], v4, v5, vcc
	v_subrev_co_u32_e64 v8, s[4:5], s10, v0
	v_subbrev_co_u32_e64 v9, s[6:7], 0, v4, s[4:5]
	v_cmp_le_u32_e64 s[6:7], s11, v9
	v_cndmask_b32_e64 v10, 0, -1, s[6:7]
	v_cmp_le_u32_e64 s[6:7], s10, v8
	v_subb_co_u32_e64 v4, s[4:5], v4, v5, s[4:5]
	v_cndmask_b32_e64 v11, 0, -1, s[6:7]
	v_cmp_eq_u32_e64 s[6:7], s11, v9
	v_subrev_co_u32_e64 v5, s[4:5], s10, v8
	v_subb_co_u32_e32 v1, vcc, v7, v1, vcc
	v_cndmask_b32_e64 v10, v10, v11, s[6:7]
	v_subbrev_co_u32_e64 v4, s[4:5], 0, v4, s[4:5]
	v_cmp_le_u32_e32 vcc, s11, v1
	v_cmp_ne_u32_e64 s[4:5], 0, v10
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v0
	v_cndmask_b32_e64 v4, v9, v4, s[4:5]
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	v_cndmask_b32_e32 v1, v1, v4, vcc
	v_cndmask_b32_e64 v4, v8, v5, s[4:5]
	v_cndmask_b32_e32 v0, v0, v4, vcc
	v_xor_b32_e32 v0, v0, v6
	v_xor_b32_e32 v1, v1, v6
	v_sub_co_u32_e32 v0, vcc, v0, v6
	v_subb_co_u32_e32 v1, vcc, v1, v6, vcc
.LBB0_3:
	s_or_saveexec_b64 s[4:5], s[8:9]
	v_cvt_f32_u32_e32 v4, s14
	s_xor_b64 exec, exec, s[4:5]
	s_cbranch_execz .LBB0_5
	v_rcp_iflag_f32_e32 v0, v4
	s_sub_i32 s6, 0, s14
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v1, s6, v0
	v_mul_hi_u32 v1, v0, v1
	v_add_u32_e32 v0, v0, v1
	v_mul_hi_u32 v0, v2, v0
	v_mul_lo_u32 v0, v0, s14
	v_sub_u32_e32 v0, v2, v0
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_mov_b32_e32 v1, 0
.LBB0_5:
	s_or_b64 exec, exec, s[4:5]
	s_ashr_i32 s8, s15, 31
	s_and_b32 s18, s8, s14
	s_and_b32 s19, s8, s15
	v_cmp_ne_u64_e32 vcc, 0, v[0:1]
	v_mov_b32_e32 v6, s18
	v_mov_b32_e32 v5, s19
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_add_co_u32_e32 v0, vcc, v6, v0
	v_addc_co_u32_e32 v1, vcc, v5, v1, vcc
	v_ashrrev_i32_e32 v5, 31, v1
	v_and_b32_e32 v6, s15, v5
	v_and_b32_e32 v5, s14, v5
	v_add_co_u32_e32 v0, vcc, v5, v0
	v_addc_co_u32_e32 v1, vcc, v6, v1, vcc
	v_lshlrev_b64 v[0:1], 3, v[0:1]
	v_mov_b32_e32 v5, s13
	v_add_co_u32_e32 v0, vcc, s12, v0
	v_addc_co_u32_e32 v1, vcc, v5, v1, vcc
	global_load_dwordx2 v[0:1], v[0:1], off
	v_add_co_u32_e32 v5, vcc, 1, v2
	v_addc_co_u32_e32 v6, vcc, 0, v3, vcc
	v_mov_b32_e32 v8, 0
	v_or_b32_e32 v9, s15, v6
	v_cmp_ne_u64_e32 vcc, 0, v[8:9]
	s_waitcnt vmcnt(0)
	buffer_store_dword v1, off, s[0:3], 0 offset:4
	buffer_store_dword v0, off, s[0:3], 0
	s_and_saveexec_b64 s[4:5], vcc
	s_xor_b64 s[10:11], exec, s[4:5]
	s_cbranch_execz .LBB0_7
	s_add_u32 s4, s14, s8
	s_mov_b32 s9, s8
	s_addc_u32 s5, s15, s8
	s_xor_b64 s[16:17], s[4:5], s[8:9]
	v_cvt_f32_u32_e32 v0, s16
	v_cvt_f32_u32_e32 v1, s17
	s_sub_u32 s4, 0, s16
	s_subb_u32 s5, 0, s17
	v_madmk_f32 v0, v1, 0x4f800000, v0
	v_rcp_f32_e32 v0, v0
	v_mul_f32_e32 v0, 0x5f7ffffc, v0
	v_mul_f32_e32 v1, 0x2f800000, v0
	v_trunc_f32_e32 v1, v1
	v_madmk_f32 v0, v1, 0xcf800000, v0
	v_cvt_u32_f32_e32 v1, v1
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v7, s4, v1
	v_mul_hi_u32 v9, s4, v0
	v_mul_lo_u32 v8, s5, v0
	v_add_u32_e32 v7, v9, v7
	v_mul_lo_u32 v10, s4, v0
	v_add_u32_e32 v7, v7, v8
	v_mul_lo_u32 v9, v0, v7
	v_mul_hi_u32 v11, v0, v10
	v_mul_hi_u32 v8, v0, v7
	v_add_co_u32_e32 v9, vcc, v11, v9
	v_addc_co_u32_e32 v8, vcc, 0, v8, vcc
	v_mul_hi_u32 v12, v1, v10
	v_mul_lo_u32 v10, v1, v10
	v_add_co_u32_e32 v9, vcc, v9, v10
	v_mul_hi_u32 v11, v1, v7
	v_addc_co_u32_e32 v8, vcc, v8, v12, vcc
	v_addc_co_u32_e32 v9, vcc, 0, v11, vcc
	v_mul_lo_u32 v7, v1, v7
	v_add_co_u32_e32 v7, vcc, v8, v7
	v_addc_co_u32_e32 v8, vcc, 0, v9, vcc
	v_add_co_u32_e32 v0, vcc, v0, v7
	v_addc_co_u32_e32 v1, vcc, v1, v8, vcc
	v_mul_lo_u32 v7, s4, v1
	v_mul_hi_u32 v8, s4, v0
	v_add_u32_e32 v7, v8, v7
	v_mul_lo_u32 v8, s5, v0
	v_add_u32_e32 v7, v7, v8
	v_mul_lo_u32 v9, s4, v0
	v_mul_hi_u32 v10, v1, v9
	v_mul_lo_u32 v11, v1, v9
	v_mul_lo_u32 v13, v0, v7
	v_mul_hi_u32 v9, v0, v9
	v_mul_hi_u32 v12, v0, v7
	v_add_co_u32_e32 v9, vcc, v9, v13
	v_addc_co_u32_e32 v12, vcc, 0, v12, vcc
	v_add_co_u32_e32 v9, vcc, v9, v11
	v_mul_hi_u32 v8, v1, v7
	v_addc_co_u32_e32 v9, vcc, v12, v10, vcc
	v_addc_co_u32_e32 v8, vcc, 0, v8, vcc
	v_mul_lo_u32 v7, v1, v7
	v_add_co_u32_e32 v7, vcc, v9, v7
	v_addc_co_u32_e32 v8, vcc, 0, v8, vcc
	v_add_co_u32_e32 v7, vcc, v0, v7
	v_addc_co_u32_e32 v8, vcc, v1, v8, vcc
	v_ashrrev_i32_e32 v9, 31, v6
	v_add_co_u32_e32 v0, vcc, v5, v9
	v_addc_co_u32_e32 v1, vcc, v6, v9, vcc
	v_xor_b32_e32 v10, v0, v9
	v_xor_b32_e32 v5, v1, v9
	v_mad_u64_u32 v[0:1], s[4:5], v10, v8, 0
	v_mul_hi_u32 v6, v10, v7
	v_add_co_u32_e32 v11, vcc, v6, v0
	v_addc_co_u32_e32 v12, vcc, 0, v1, vcc
	v_mad_u64_u32 v[6:7], s[4:5], v5, v7, 0
	v_add_co_u32_e32 v6, vcc, v11, v6
	v_mad_u64_u32 v[0:1], s[4:5], v5, v8, 0
	v_addc_co_u32_e32 v6, vcc, v12, v7, vcc
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_add_co_u32_e32 v0, vcc, v6, v0
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_mul_lo_u32 v6, s17, v0
	v_mul_lo_u32 v7, s16, v1
	v_mad_u64_u32 v[0:1], s[4:5], s16, v0, 0
	v_add3_u32 v1, v1, v7, v6
	v_sub_u32_e32 v6, v5, v1
	v_mov_b32_e32 v7, s17
	v_sub_co_u32_e32 v0, vcc, v10, v0
	v_subb_co_u32_e64 v6, s[4:5], v6, v7, vcc
	v_subrev_co_u32_e64 v8, s[4:5], s16, v0
	v_subbrev_co_u32_e64 v10, s[6:7], 0, v6, s[4:5]
	v_cmp_le_u32_e64 s[6:7], s17, v10
	v_cndmask_b32_e64 v11, 0, -1, s[6:7]
	v_cmp_le_u32_e64 s[6:7], s16, v8
	v_subb_co_u32_e64 v6, s[4:5], v6, v7, s[4:5]
	v_cndmask_b32_e64 v12, 0, -1, s[6:7]
	v_cmp_eq_u32_e64 s[6:7], s17, v10
	v_subrev_co_u32_e64 v7, s[4:5], s16, v8
	v_subb_co_u32_e32 v1, vcc, v5, v1, vcc
	v_cndmask_b32_e64 v11, v11, v12, s[6:7]
	v_subbrev_co_u32_e64 v6, s[4:5], 0, v6, s[4:5]
	v_cmp_le_u32_e32 vcc, s17, v1
	v_cmp_ne_u32_e64 s[4:5], 0, v11
	v_cndmask_b32_e64 v5, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s16, v0
	v_cndmask_b32_e64 v6, v10, v6, s[4:5]
	v_cndmask_b32_e64 v10, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s17, v1
	v_cndmask_b32_e32 v5, v5, v10, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	v_cndmask_b32_e64 v5, v8, v7, s[4:5]
	v_cndmask_b32_e32 v0, v0, v5, vcc
	v_cndmask_b32_e32 v1, v1, v6, vcc
	v_xor_b32_e32 v0, v0, v9
	v_xor_b32_e32 v1, v1, v9
	v_sub_co_u32_e32 v0, vcc, v0, v9
	v_subb_co_u32_e32 v1, vcc, v1, v9, vcc
.LBB0_7:
	s_andn2_saveexec_b64 s[4:5], s[10:11]
	s_cbranch_execz .LBB0_9
	v_rcp_iflag_f32_e32 v0, v4
	s_sub_i32 s6, 0, s14
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v1, s6, v0
	v_mul_hi_u32 v1, v0, v1
	v_add_u32_e32 v0, v0, v1
	v_mul_hi_u32 v0, v5, v0
	v_mul_lo_u32 v0, v0, s14
	v_sub_u32_e32 v0, v5, v0
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_mov_b32_e32 v1, 0
.LBB0_9:
	s_or_b64 exec, exec, s[4:5]
	v_cmp_ne_u64_e32 vcc, 0, v[0:1]
	v_mov_b32_e32 v6, s18
	v_mov_b32_e32 v5, s19
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_add_co_u32_e32 v0, vcc, v6, v0
	v_addc_co_u32_e32 v1, vcc, v5, v1, vcc
	v_ashrrev_i32_e32 v5, 31, v1
	v_and_b32_e32 v6, s15, v5
	v_and_b32_e32 v5, s14, v5
	v_add_co_u32_e32 v0, vcc, v5, v0
	v_addc_co_u32_e32 v1, vcc, v6, v1, vcc
	v_lshlrev_b64 v[0:1], 3, v[0:1]
	v_mov_b32_e32 v5, s13
	v_add_co_u32_e32 v0, vcc, s12, v0
	v_addc_co_u32_e32 v1, vcc, v5, v1, vcc
	global_load_dwordx2 v[0:1], v[0:1], off
	v_add_co_u32_e32 v5, vcc, 2, v2
	v_addc_co_u32_e32 v6, vcc, 0, v3, vcc
	v_mov_b32_e32 v8, 0
	v_or_b32_e32 v9, s15, v6
	v_cmp_ne_u64_e32 vcc, 0, v[8:9]
	s_waitcnt vmcnt(0)
	buffer_store_dword v1, off, s[0:3], 0 offset:12
	buffer_store_dword v0, off, s[0:3], 0 offset:8
	s_and_saveexec_b64 s[4:5], vcc
	s_xor_b64 s[10:11], exec, s[4:5]
	s_cbranch_execz .LBB0_11
	s_add_u32 s4, s14, s8
	s_mov_b32 s9, s8
	s_addc_u32 s5, s15, s8
	s_xor_b64 s[16:17], s[4:5], s[8:9]
	v_cvt_f32_u32_e32 v0, s16
	v_cvt_f32_u32_e32 v1, s17
	s_sub_u32 s4, 0, s16
	s_subb_u32 s5, 0, s17
	v_madmk_f32 v0, v1, 0x4f800000, v0
	v_rcp_f32_e32 v0, v0
	v_mul_f32_e32 v0, 0x5f7ffffc, v0
	v_mul_f32_e32 v1, 0x2f800000, v0
	v_trunc_f32_e32 v1, v1
	v_madmk_f32 v0, v1, 0xcf800000, v0
	v_cvt_u32_f32_e32 v1, v1
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v7, s4, v1
	v_mul_hi_u32 v9, s4, v0
	v_mul_lo_u32 v8, s5, v0
	v_add_u32_e32 v7, v9, v7
	v_mul_lo_u32 v10, s4, v0
	v_add_u32_e32 v7, v7, v8
	v_mul_lo_u32 v9, v0, v7
	v_mul_hi_u32 v11, v0, v10
	v_mul_hi_u32 v8, v0, v7
	v_add_co_u32_e32 v9, vcc, v11, v9
	v_addc_co_u32_e32 v8, vcc, 0, v8, vcc
	v_mul_hi_u32 v12, v1, v10
	v_mul_lo_u32 v10, v1, v10
	v_add_co_u32_e32 v9, vcc, v9, v10
	v_mul_hi_u32 v11, v1, v7
	v_addc_co_u32_e32 v8, vcc, v8, v12, vcc
	v_addc_co_u32_e32 v9, vcc, 0, v11, vcc
	v_mul_lo_u32 v7, v1, v7
	v_add_co_u32_e32 v7, vcc, v8, v7
	v_addc_co_u32_e32 v8, vcc, 0, v9, vcc
	v_add_co_u32_e32 v0, vcc, v0, v7
	v_addc_co_u32_e32 v1, vcc, v1, v8, vcc
	v_mul_lo_u32 v7, s4, v1
	v_mul_hi_u32 v8, s4, v0
	v_add_u32_e32 v7, v8, v7
	v_mul_lo_u32 v8, s5, v0
	v_add_u32_e32 v7, v7, v8
	v_mul_lo_u32 v9, s4, v0
	v_mul_hi_u32 v10, v1, v9
	v_mul_lo_u32 v11, v1, v9
	v_mul_lo_u32 v13, v0, v7
	v_mul_hi_u32 v9, v0, v9
	v_mul_hi_u32 v12, v0, v7
	v_add_co_u32_e32 v9, vcc, v9, v13
	v_addc_co_u32_e32 v12, vcc, 0, v12, vcc
	v_add_co_u32_e32 v9, vcc, v9, v11
	v_mul_hi_u32 v8, v1, v7
	v_addc_co_u32_e32 v9, vcc, v12, v10, vcc
	v_addc_co_u32_e32 v8, vcc, 0, v8, vcc
	v_mul_lo_u32 v7, v1, v7
	v_add_co_u32_e32 v7, vcc, v9, v7
	v_addc_co_u32_e32 v8, vcc, 0, v8, vcc
	v_add_co_u32_e32 v7, vcc, v0, v7
	v_addc_co_u32_e32 v8, vcc, v1, v8, vcc
	v_ashrrev_i32_e32 v9, 31, v6
	v_add_co_u32_e32 v0, vcc, v5, v9
	v_addc_co_u32_e32 v1, vcc, v6, v9, vcc
	v_xor_b32_e32 v10, v0, v9
	v_xor_b32_e32 v5, v1, v9
	v_mad_u64_u32 v[0:1], s[4:5], v10, v8, 0
	v_mul_hi_u32 v6, v10, v7
	v_add_co_u32_e32 v11, vcc, v6, v0
	v_addc_co_u32_e32 v12, vcc, 0, v1, vcc
	v_mad_u64_u32 v[6:7], s[4:5], v5, v7, 0
	v_add_co_u32_e32 v6, vcc, v11, v6
	v_mad_u64_u32 v[0:1], s[4:5], v5, v8, 0
	v_addc_co_u32_e32 v6, vcc, v12, v7, vcc
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_add_co_u32_e32 v0, vcc, v6, v0
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_mul_lo_u32 v6, s17, v0
	v_mul_lo_u32 v7, s16, v1
	v_mad_u64_u32 v[0:1], s[4:5], s16, v0, 0
	v_add3_u32 v1, v1, v7, v6
	v_sub_u32_e32 v6, v5, v1
	v_mov_b32_e32 v7, s17
	v_sub_co_u32_e32 v0, vcc, v10, v0
	v_subb_co_u32_e64 v6, s[4:5], v6, v7, vcc
	v_subrev_co_u32_e64 v8, s[4:5], s16, v0
	v_subbrev_co_u32_e64 v10, s[6:7], 0, v6, s[4:5]
	v_cmp_le_u32_e64 s[6:7], s17, v10
	v_cndmask_b32_e64 v11, 0, -1, s[6:7]
	v_cmp_le_u32_e64 s[6:7], s16, v8
	v_subb_co_u32_e64 v6, s[4:5], v6, v7, s[4:5]
	v_cndmask_b32_e64 v12, 0, -1, s[6:7]
	v_cmp_eq_u32_e64 s[6:7], s17, v10
	v_subrev_co_u32_e64 v7, s[4:5], s16, v8
	v_subb_co_u32_e32 v1, vcc, v5, v1, vcc
	v_cndmask_b32_e64 v11, v11, v12, s[6:7]
	v_subbrev_co_u32_e64 v6, s[4:5], 0, v6, s[4:5]
	v_cmp_le_u32_e32 vcc, s17, v1
	v_cmp_ne_u32_e64 s[4:5], 0, v11
	v_cndmask_b32_e64 v5, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s16, v0
	v_cndmask_b32_e64 v6, v10, v6, s[4:5]
	v_cndmask_b32_e64 v10, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s17, v1
	v_cndmask_b32_e32 v5, v5, v10, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	v_cndmask_b32_e64 v5, v8, v7, s[4:5]
	v_cndmask_b32_e32 v0, v0, v5, vcc
	v_cndmask_b32_e32 v1, v1, v6, vcc
	v_xor_b32_e32 v0, v0, v9
	v_xor_b32_e32 v1, v1, v9
	v_sub_co_u32_e32 v0, vcc, v0, v9
	v_subb_co_u32_e32 v1, vcc, v1, v9, vcc
.LBB0_11:
	s_andn2_saveexec_b64 s[4:5], s[10:11]
	s_cbranch_execz .LBB0_13
	v_rcp_iflag_f32_e32 v0, v4
	s_sub_i32 s6, 0, s14
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v1, s6, v0
	v_mul_hi_u32 v1, v0, v1
	v_add_u32_e32 v0, v0, v1
	v_mul_hi_u32 v0, v5, v0
	v_mul_lo_u32 v0, v0, s14
	v_sub_u32_e32 v0, v5, v0
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_mov_b32_e32 v1, 0
.LBB0_13:
	s_or_b64 exec, exec, s[4:5]
	v_cmp_ne_u64_e32 vcc, 0, v[0:1]
	v_mov_b32_e32 v6, s18
	v_mov_b32_e32 v5, s19
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_add_co_u32_e32 v0, vcc, v6, v0
	v_addc_co_u32_e32 v1, vcc, v5, v1, vcc
	v_ashrrev_i32_e32 v5, 31, v1
	v_and_b32_e32 v6, s15, v5
	v_and_b32_e32 v5, s14, v5
	v_add_co_u32_e32 v0, vcc, v5, v0
	v_addc_co_u32_e32 v1, vcc, v6, v1, vcc
	v_lshlrev_b64 v[0:1], 3, v[0:1]
	v_mov_b32_e32 v5, s13
	v_add_co_u32_e32 v0, vcc, s12, v0
	v_addc_co_u32_e32 v1, vcc, v5, v1, vcc
	global_load_dwordx2 v[0:1], v[0:1], off
	v_add_co_u32_e32 v5, vcc, 3, v2
	v_addc_co_u32_e32 v6, vcc, 0, v3, vcc
	v_mov_b32_e32 v8, 0
	v_or_b32_e32 v9, s15, v6
	v_cmp_ne_u64_e32 vcc, 0, v[8:9]
	s_waitcnt vmcnt(0)
	buffer_store_dword v1, off, s[0:3], 0 offset:20
	buffer_store_dword v0, off, s[0:3], 0 offset:16
	s_and_saveexec_b64 s[4:5], vcc
	s_xor_b64 s[10:11], exec, s[4:5]
	s_cbranch_execz .LBB0_15
	s_add_u32 s4, s14, s8
	s_mov_b32 s9, s8
	s_addc_u32 s5, s15, s8
	s_xor_b64 s[16:17], s[4:5], s[8:9]
	v_cvt_f32_u32_e32 v0, s16
	v_cvt_f32_u32_e32 v1, s17
	s_sub_u32 s4, 0, s16
	s_subb_u32 s5, 0, s17
	v_madmk_f32 v0, v1, 0x4f800000, v0
	v_rcp_f32_e32 v0, v0
	v_mul_f32_e32 v0, 0x5f7ffffc, v0
	v_mul_f32_e32 v1, 0x2f800000, v0
	v_trunc_f32_e32 v1, v1
	v_madmk_f32 v0, v1, 0xcf800000, v0
	v_cvt_u32_f32_e32 v1, v1
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v7, s4, v1
	v_mul_hi_u32 v9, s4, v0
	v_mul_lo_u32 v8, s5, v0
	v_add_u32_e32 v7, v9, v7
	v_mul_lo_u32 v10, s4, v0
	v_add_u32_e32 v7, v7, v8
	v_mul_lo_u32 v9, v0, v7
	v_mul_hi_u32 v11, v0, v10
	v_mul_hi_u32 v8, v0, v7
	v_add_co_u32_e32 v9, vcc, v11, v9
	v_addc_co_u32_e32 v8, vcc, 0, v8, vcc
	v_mul_hi_u32 v12, v1, v10
	v_mul_lo_u32 v10, v1, v10
	v_add_co_u32_e32 v9, vcc, v9, v10
	v_mul_hi_u32 v11, v1, v7
	v_addc_co_u32_e32 v8, vcc, v8, v12, vcc
	v_addc_co_u32_e32 v9, vcc, 0, v11, vcc
	v_mul_lo_u32 v7, v1, v7
	v_add_co_u32_e32 v7, vcc, v8, v7
	v_addc_co_u32_e32 v8, vcc, 0, v9, vcc
	v_add_co_u32_e32 v0, vcc, v0, v7
	v_addc_co_u32_e32 v1, vcc, v1, v8, vcc
	v_mul_lo_u32 v7, s4, v1
	v_mul_hi_u32 v8, s4, v0
	v_add_u32_e32 v7, v8, v7
	v_mul_lo_u32 v8, s5, v0
	v_add_u32_e32 v7, v7, v8
	v_mul_lo_u32 v9, s4, v0
	v_mul_hi_u32 v10, v1, v9
	v_mul_lo_u32 v11, v1, v9
	v_mul_lo_u32 v13, v0, v7
	v_mul_hi_u32 v9, v0, v9
	v_mul_hi_u32 v12, v0, v7
	v_add_co_u32_e32 v9, vcc, v9, v13
	v_addc_co_u32_e32 v12, vcc, 0, v12, vcc
	v_add_co_u32_e32 v9, vcc, v9, v11
	v_mul_hi_u32 v8, v1, v7
	v_addc_co_u32_e32 v9, vcc, v12, v10, vcc
	v_addc_co_u32_e32 v8, vcc, 0, v8, vcc
	v_mul_lo_u32 v7, v1, v7
	v_add_co_u32_e32 v7, vcc, v9, v7
	v_addc_co_u32_e32 v8, vcc, 0, v8, vcc
	v_add_co_u32_e32 v7, vcc, v0, v7
	v_addc_co_u32_e32 v8, vcc, v1, v8, vcc
	v_ashrrev_i32_e32 v9, 31, v6
	v_add_co_u32_e32 v0, vcc, v5, v9
	v_addc_co_u32_e32 v1, vcc, v6, v9, vcc
	v_xor_b32_e32 v11, v0, v9
	v_xor_b32_e32 v10, v1, v9
	v_mad_u64_u32 v[0:1], s[4:5], v11, v8, 0
	v_mul_hi_u32 v6, v11, v7
	v_add_co_u32_e32 v12, vcc, v6, v0
	v_addc_co_u32_e32 v13, vcc, 0, v1, vcc
	v_mad_u64_u32 v[6:7], s[4:5], v10, v7, 0
	v_add_co_u32_e32 v6, vcc, v12, v6
	v_mad_u64_u32 v[0:1], s[4:5], v10, v8, 0
	v_addc_co_u32_e32 v6, vcc, v13, v7, vcc
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_add_co_u32_e32 v0, vcc, v6, v0
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_mul_lo_u32 v6, s17, v0
	v_mul_lo_u32 v7, s16, v1
	v_mad_u64_u32 v[0:1], s[4:5], s16, v0, 0
	v_add3_u32 v1, v1, v7, v6
	v_sub_u32_e32 v6, v10, v1
	v_mov_b32_e32 v7, s17
	v_sub_co_u32_e32 v0, vcc, v11, v0
	v_subb_co_u32_e64 v6, s[4:5], v6, v7, vcc
	v_subrev_co_u32_e64 v8, s[4:5], s16, v0
	v_subbrev_co_u32_e64 v11, s[6:7], 0, v6, s[4:5]
	v_cmp_le_u32_e64 s[6:7], s17, v11
	v_cndmask_b32_e64 v12, 0, -1, s[6:7]
	v_cmp_le_u32_e64 s[6:7], s16, v8
	v_subb_co_u32_e64 v6, s[4:5], v6, v7, s[4:5]
	v_cndmask_b32_e64 v13, 0, -1, s[6:7]
	v_cmp_eq_u32_e64 s[6:7], s17, v11
	v_subrev_co_u32_e64 v7, s[4:5], s16, v8
	v_subb_co_u32_e32 v1, vcc, v10, v1, vcc
	v_cndmask_b32_e64 v12, v12, v13, s[6:7]
	v_subbrev_co_u32_e64 v6, s[4:5], 0, v6, s[4:5]
	v_cmp_le_u32_e32 vcc, s17, v1
	v_cmp_ne_u32_e64 s[4:5], 0, v12
	v_cndmask_b32_e64 v10, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s16, v0
	v_cndmask_b32_e64 v6, v11, v6, s[4:5]
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s17, v1
	v_cndmask_b32_e32 v10, v10, v11, vcc
	v_cmp_ne_u32_e32 vcc, 0, v10
	v_cndmask_b32_e32 v1, v1, v6, vcc
	v_cndmask_b32_e64 v6, v8, v7, s[4:5]
	v_cndmask_b32_e32 v0, v0, v6, vcc
	v_xor_b32_e32 v0, v0, v9
	v_xor_b32_e32 v1, v1, v9
	v_sub_co_u32_e32 v0, vcc, v0, v9
	v_subb_co_u32_e32 v1, vcc, v1, v9, vcc
.LBB0_15:
	s_andn2_saveexec_b64 s[4:5], s[10:11]
	s_cbranch_execz .LBB0_17
	v_rcp_iflag_f32_e32 v0, v4
	s_sub_i32 s6, 0, s14
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v1, s6, v0
	v_mul_hi_u32 v1, v0, v1
	v_add_u32_e32 v0, v0, v1
	v_mul_hi_u32 v0, v5, v0
	v_mul_lo_u32 v0, v0, s14
	v_sub_u32_e32 v0, v5, v0
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_mov_b32_e32 v1, 0
.LBB0_17:
	s_or_b64 exec, exec, s[4:5]
	v_cmp_ne_u64_e32 vcc, 0, v[0:1]
	v_mov_b32_e32 v7, s18
	v_mov_b32_e32 v6, s19
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_add_co_u32_e32 v0, vcc, v7, v0
	v_addc_co_u32_e32 v1, vcc, v6, v1, vcc
	v_ashrrev_i32_e32 v6, 31, v1
	v_and_b32_e32 v7, s15, v6
	v_and_b32_e32 v6, s14, v6
	v_add_co_u32_e32 v0, vcc, v6, v0
	v_addc_co_u32_e32 v1, vcc, v7, v1, vcc
	v_lshlrev_b64 v[0:1], 3, v[0:1]
	v_mov_b32_e32 v6, s13
	v_add_co_u32_e32 v0, vcc, s12, v0
	v_addc_co_u32_e32 v1, vcc, v6, v1, vcc
	global_load_dwordx2 v[0:1], v[0:1], off
	v_add_co_u32_e32 v6, vcc, 4, v2
	v_addc_co_u32_e32 v7, vcc, 0, v3, vcc
	v_mov_b32_e32 v8, 0
	v_or_b32_e32 v9, s15, v7
	v_cmp_ne_u64_e32 vcc, 0, v[8:9]
	s_waitcnt vmcnt(0)
	buffer_store_dword v1, off, s[0:3], 0 offset:28
	buffer_store_dword v0, off, s[0:3], 0 offset:24
	s_and_saveexec_b64 s[4:5], vcc
	s_xor_b64 s[10:11], exec, s[4:5]
	s_cbranch_execz .LBB0_19
	s_add_u32 s4, s14, s8
	s_mov_b32 s9, s8
	s_addc_u32 s5, s15, s8
	s_xor_b64 s[16:17], s[4:5], s[8:9]
	v_cvt_f32_u32_e32 v0, s16
	v_cvt_f32_u32_e32 v1, s17
	s_sub_u32 s4, 0, s16
	s_subb_u32 s5, 0, s17
	v_madmk_f32 v0, v1, 0x4f800000, v0
	v_rcp_f32_e32 v0, v0
	v_mul_f32_e32 v0, 0x5f7ffffc, v0
	v_mul_f32_e32 v1, 0x2f800000, v0
	v_trunc_f32_e32 v1, v1
	v_madmk_f32 v0, v1, 0xcf800000, v0
	v_cvt_u32_f32_e32 v1, v1
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v8, s4, v1
	v_mul_hi_u32 v10, s4, v0
	v_mul_lo_u32 v9, s5, v0
	v_add_u32_e32 v8, v10, v8
	v_mul_lo_u32 v11, s4, v0
	v_add_u32_e32 v8, v8, v9
	v_mul_lo_u32 v10, v0, v8
	v_mul_hi_u32 v12, v0, v11
	v_mul_hi_u32 v9, v0, v8
	v_add_co_u32_e32 v10, vcc, v12, v10
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_mul_hi_u32 v13, v1, v11
	v_mul_lo_u32 v11, v1, v11
	v_add_co_u32_e32 v10, vcc, v10, v11
	v_mul_hi_u32 v12, v1, v8
	v_addc_co_u32_e32 v9, vcc, v9, v13, vcc
	v_addc_co_u32_e32 v10, vcc, 0, v12, vcc
	v_mul_lo_u32 v8, v1, v8
	v_add_co_u32_e32 v8, vcc, v9, v8
	v_addc_co_u32_e32 v9, vcc, 0, v10, vcc
	v_add_co_u32_e32 v0, vcc, v0, v8
	v_addc_co_u32_e32 v1, vcc, v1, v9, vcc
	v_mul_lo_u32 v8, s4, v1
	v_mul_hi_u32 v9, s4, v0
	v_add_u32_e32 v8, v9, v8
	v_mul_lo_u32 v9, s5, v0
	v_add_u32_e32 v8, v8, v9
	v_mul_lo_u32 v10, s4, v0
	v_mul_hi_u32 v11, v1, v10
	v_mul_lo_u32 v12, v1, v10
	v_mul_lo_u32 v14, v0, v8
	v_mul_hi_u32 v10, v0, v10
	v_mul_hi_u32 v13, v0, v8
	v_add_co_u32_e32 v10, vcc, v10, v14
	v_addc_co_u32_e32 v13, vcc, 0, v13, vcc
	v_add_co_u32_e32 v10, vcc, v10, v12
	v_mul_hi_u32 v9, v1, v8
	v_addc_co_u32_e32 v10, vcc, v13, v11, vcc
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_mul_lo_u32 v8, v1, v8
	v_add_co_u32_e32 v8, vcc, v10, v8
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_add_co_u32_e32 v8, vcc, v0, v8
	v_addc_co_u32_e32 v9, vcc, v1, v9, vcc
	v_ashrrev_i32_e32 v10, 31, v7
	v_add_co_u32_e32 v0, vcc, v6, v10
	v_addc_co_u32_e32 v1, vcc, v7, v10, vcc
	v_xor_b32_e32 v12, v0, v10
	v_xor_b32_e32 v11, v1, v10
	v_mad_u64_u32 v[0:1], s[4:5], v12, v9, 0
	v_mul_hi_u32 v6, v12, v8
	v_add_co_u32_e32 v13, vcc, v6, v0
	v_addc_co_u32_e32 v14, vcc, 0, v1, vcc
	v_mad_u64_u32 v[6:7], s[4:5], v11, v8, 0
	v_add_co_u32_e32 v6, vcc, v13, v6
	v_mad_u64_u32 v[0:1], s[4:5], v11, v9, 0
	v_addc_co_u32_e32 v6, vcc, v14, v7, vcc
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_add_co_u32_e32 v0, vcc, v6, v0
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_mul_lo_u32 v6, s17, v0
	v_mul_lo_u32 v7, s16, v1
	v_mad_u64_u32 v[0:1], s[4:5], s16, v0, 0
	v_add3_u32 v1, v1, v7, v6
	v_sub_u32_e32 v6, v11, v1
	v_mov_b32_e32 v7, s17
	v_sub_co_u32_e32 v0, vcc, v12, v0
	v_subb_co_u32_e64 v6, s[4:5], v6, v7, vcc
	v_subrev_co_u32_e64 v8, s[4:5], s16, v0
	v_subbrev_co_u32_e64 v9, s[6:7], 0, v6, s[4:5]
	v_cmp_le_u32_e64 s[6:7], s17, v9
	v_cndmask_b32_e64 v12, 0, -1, s[6:7]
	v_cmp_le_u32_e64 s[6:7], s16, v8
	v_subb_co_u32_e64 v6, s[4:5], v6, v7, s[4:5]
	v_cndmask_b32_e64 v13, 0, -1, s[6:7]
	v_cmp_eq_u32_e64 s[6:7], s17, v9
	v_subrev_co_u32_e64 v7, s[4:5], s16, v8
	v_cndmask_b32_e64 v12, v12, v13, s[6:7]
	v_subbrev_co_u32_e64 v6, s[4:5], 0, v6, s[4:5]
	v_subb_co_u32_e32 v1, vcc, v11, v1, vcc
	v_cmp_ne_u32_e64 s[4:5], 0, v12
	v_cmp_le_u32_e32 vcc, s17, v1
	v_cndmask_b32_e64 v6, v9, v6, s[4:5]
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s16, v0
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s17, v1
	v_cndmask_b32_e32 v9, v9, v11, vcc
	v_cmp_ne_u32_e32 vcc, 0, v9
	v_cndmask_b32_e32 v1, v1, v6, vcc
	v_cndmask_b32_e64 v6, v8, v7, s[4:5]
	v_cndmask_b32_e32 v0, v0, v6, vcc
	v_xor_b32_e32 v0, v0, v10
	v_xor_b32_e32 v1, v1, v10
	v_sub_co_u32_e32 v0, vcc, v0, v10
	v_subb_co_u32_e32 v1, vcc, v1, v10, vcc
.LBB0_19:
	s_andn2_saveexec_b64 s[4:5], s[10:11]
	s_cbranch_execz .LBB0_21
	v_rcp_iflag_f32_e32 v0, v4
	s_sub_i32 s6, 0, s14
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v1, s6, v0
	v_mul_hi_u32 v1, v0, v1
	v_add_u32_e32 v0, v0, v1
	v_mul_hi_u32 v0, v6, v0
	v_mul_lo_u32 v0, v0, s14
	v_sub_u32_e32 v0, v6, v0
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_mov_b32_e32 v1, 0
.LBB0_21:
	s_or_b64 exec, exec, s[4:5]
	v_cmp_ne_u64_e32 vcc, 0, v[0:1]
	v_mov_b32_e32 v7, s18
	v_mov_b32_e32 v6, s19
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_add_co_u32_e32 v0, vcc, v7, v0
	v_addc_co_u32_e32 v1, vcc, v6, v1, vcc
	v_ashrrev_i32_e32 v6, 31, v1
	v_and_b32_e32 v7, s15, v6
	v_and_b32_e32 v6, s14, v6
	v_add_co_u32_e32 v0, vcc, v6, v0
	v_addc_co_u32_e32 v1, vcc, v7, v1, vcc
	v_lshlrev_b64 v[0:1], 3, v[0:1]
	v_mov_b32_e32 v6, s13
	v_add_co_u32_e32 v0, vcc, s12, v0
	v_addc_co_u32_e32 v1, vcc, v6, v1, vcc
	global_load_dwordx2 v[0:1], v[0:1], off
	v_add_co_u32_e32 v6, vcc, 5, v2
	v_addc_co_u32_e32 v7, vcc, 0, v3, vcc
	v_mov_b32_e32 v8, 0
	v_or_b32_e32 v9, s15, v7
	v_cmp_ne_u64_e32 vcc, 0, v[8:9]
	s_waitcnt vmcnt(0)
	buffer_store_dword v1, off, s[0:3], 0 offset:36
	buffer_store_dword v0, off, s[0:3], 0 offset:32
	s_and_saveexec_b64 s[4:5], vcc
	s_xor_b64 s[10:11], exec, s[4:5]
	s_cbranch_execz .LBB0_23
	s_add_u32 s4, s14, s8
	s_mov_b32 s9, s8
	s_addc_u32 s5, s15, s8
	s_xor_b64 s[16:17], s[4:5], s[8:9]
	v_cvt_f32_u32_e32 v0, s16
	v_cvt_f32_u32_e32 v1, s17
	s_sub_u32 s4, 0, s16
	s_subb_u32 s5, 0, s17
	v_madmk_f32 v0, v1, 0x4f800000, v0
	v_rcp_f32_e32 v0, v0
	v_mul_f32_e32 v0, 0x5f7ffffc, v0
	v_mul_f32_e32 v1, 0x2f800000, v0
	v_trunc_f32_e32 v1, v1
	v_madmk_f32 v0, v1, 0xcf800000, v0
	v_cvt_u32_f32_e32 v1, v1
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v8, s4, v1
	v_mul_hi_u32 v10, s4, v0
	v_mul_lo_u32 v9, s5, v0
	v_add_u32_e32 v8, v10, v8
	v_mul_lo_u32 v11, s4, v0
	v_add_u32_e32 v8, v8, v9
	v_mul_lo_u32 v10, v0, v8
	v_mul_hi_u32 v12, v0, v11
	v_mul_hi_u32 v9, v0, v8
	v_add_co_u32_e32 v10, vcc, v12, v10
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_mul_hi_u32 v13, v1, v11
	v_mul_lo_u32 v11, v1, v11
	v_add_co_u32_e32 v10, vcc, v10, v11
	v_mul_hi_u32 v12, v1, v8
	v_addc_co_u32_e32 v9, vcc, v9, v13, vcc
	v_addc_co_u32_e32 v10, vcc, 0, v12, vcc
	v_mul_lo_u32 v8, v1, v8
	v_add_co_u32_e32 v8, vcc, v9, v8
	v_addc_co_u32_e32 v9, vcc, 0, v10, vcc
	v_add_co_u32_e32 v0, vcc, v0, v8
	v_addc_co_u32_e32 v1, vcc, v1, v9, vcc
	v_mul_lo_u32 v8, s4, v1
	v_mul_hi_u32 v9, s4, v0
	v_add_u32_e32 v8, v9, v8
	v_mul_lo_u32 v9, s5, v0
	v_add_u32_e32 v8, v8, v9
	v_mul_lo_u32 v10, s4, v0
	v_mul_hi_u32 v11, v1, v10
	v_mul_lo_u32 v12, v1, v10
	v_mul_lo_u32 v14, v0, v8
	v_mul_hi_u32 v10, v0, v10
	v_mul_hi_u32 v13, v0, v8
	v_add_co_u32_e32 v10, vcc, v10, v14
	v_addc_co_u32_e32 v13, vcc, 0, v13, vcc
	v_add_co_u32_e32 v10, vcc, v10, v12
	v_mul_hi_u32 v9, v1, v8
	v_addc_co_u32_e32 v10, vcc, v13, v11, vcc
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_mul_lo_u32 v8, v1, v8
	v_add_co_u32_e32 v8, vcc, v10, v8
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_add_co_u32_e32 v8, vcc, v0, v8
	v_addc_co_u32_e32 v9, vcc, v1, v9, vcc
	v_ashrrev_i32_e32 v10, 31, v7
	v_add_co_u32_e32 v0, vcc, v6, v10
	v_addc_co_u32_e32 v1, vcc, v7, v10, vcc
	v_xor_b32_e32 v12, v0, v10
	v_xor_b32_e32 v11, v1, v10
	v_mad_u64_u32 v[0:1], s[4:5], v12, v9, 0
	v_mul_hi_u32 v6, v12, v8
	v_add_co_u32_e32 v13, vcc, v6, v0
	v_addc_co_u32_e32 v14, vcc, 0, v1, vcc
	v_mad_u64_u32 v[6:7], s[4:5], v11, v8, 0
	v_add_co_u32_e32 v6, vcc, v13, v6
	v_mad_u64_u32 v[0:1], s[4:5], v11, v9, 0
	v_addc_co_u32_e32 v6, vcc, v14, v7, vcc
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_add_co_u32_e32 v0, vcc, v6, v0
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_mul_lo_u32 v6, s17, v0
	v_mul_lo_u32 v7, s16, v1
	v_mad_u64_u32 v[0:1], s[4:5], s16, v0, 0
	v_add3_u32 v1, v1, v7, v6
	v_sub_u32_e32 v6, v11, v1
	v_mov_b32_e32 v7, s17
	v_sub_co_u32_e32 v0, vcc, v12, v0
	v_subb_co_u32_e64 v6, s[4:5], v6, v7, vcc
	v_subrev_co_u32_e64 v8, s[4:5], s16, v0
	v_subbrev_co_u32_e64 v9, s[6:7], 0, v6, s[4:5]
	v_cmp_le_u32_e64 s[6:7], s17, v9
	v_cndmask_b32_e64 v12, 0, -1, s[6:7]
	v_cmp_le_u32_e64 s[6:7], s16, v8
	v_subb_co_u32_e64 v6, s[4:5], v6, v7, s[4:5]
	v_cndmask_b32_e64 v13, 0, -1, s[6:7]
	v_cmp_eq_u32_e64 s[6:7], s17, v9
	v_subrev_co_u32_e64 v7, s[4:5], s16, v8
	v_cndmask_b32_e64 v12, v12, v13, s[6:7]
	v_subbrev_co_u32_e64 v6, s[4:5], 0, v6, s[4:5]
	v_subb_co_u32_e32 v1, vcc, v11, v1, vcc
	v_cmp_ne_u32_e64 s[4:5], 0, v12
	v_cmp_le_u32_e32 vcc, s17, v1
	v_cndmask_b32_e64 v6, v9, v6, s[4:5]
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s16, v0
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s17, v1
	v_cndmask_b32_e32 v9, v9, v11, vcc
	v_cmp_ne_u32_e32 vcc, 0, v9
	v_cndmask_b32_e32 v1, v1, v6, vcc
	v_cndmask_b32_e64 v6, v8, v7, s[4:5]
	v_cndmask_b32_e32 v0, v0, v6, vcc
	v_xor_b32_e32 v0, v0, v10
	v_xor_b32_e32 v1, v1, v10
	v_sub_co_u32_e32 v0, vcc, v0, v10
	v_subb_co_u32_e32 v1, vcc, v1, v10, vcc
.LBB0_23:
	s_andn2_saveexec_b64 s[4:5], s[10:11]
	s_cbranch_execz .LBB0_25
	v_rcp_iflag_f32_e32 v0, v4
	s_sub_i32 s6, 0, s14
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v1, s6, v0
	v_mul_hi_u32 v1, v0, v1
	v_add_u32_e32 v0, v0, v1
	v_mul_hi_u32 v0, v6, v0
	v_mul_lo_u32 v0, v0, s14
	v_sub_u32_e32 v0, v6, v0
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_mov_b32_e32 v1, 0
.LBB0_25:
	s_or_b64 exec, exec, s[4:5]
	v_cmp_ne_u64_e32 vcc, 0, v[0:1]
	v_mov_b32_e32 v7, s18
	v_mov_b32_e32 v6, s19
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_add_co_u32_e32 v0, vcc, v7, v0
	v_addc_co_u32_e32 v1, vcc, v6, v1, vcc
	v_ashrrev_i32_e32 v6, 31, v1
	v_and_b32_e32 v7, s15, v6
	v_and_b32_e32 v6, s14, v6
	v_add_co_u32_e32 v0, vcc, v6, v0
	v_addc_co_u32_e32 v1, vcc, v7, v1, vcc
	v_lshlrev_b64 v[0:1], 3, v[0:1]
	v_mov_b32_e32 v6, s13
	v_add_co_u32_e32 v0, vcc, s12, v0
	v_addc_co_u32_e32 v1, vcc, v6, v1, vcc
	global_load_dwordx2 v[0:1], v[0:1], off
	v_add_co_u32_e32 v6, vcc, 6, v2
	v_addc_co_u32_e32 v7, vcc, 0, v3, vcc
	v_mov_b32_e32 v8, 0
	v_or_b32_e32 v9, s15, v7
	v_cmp_ne_u64_e32 vcc, 0, v[8:9]
	s_waitcnt vmcnt(0)
	buffer_store_dword v1, off, s[0:3], 0 offset:44
	buffer_store_dword v0, off, s[0:3], 0 offset:40
	s_and_saveexec_b64 s[4:5], vcc
	s_xor_b64 s[10:11], exec, s[4:5]
	s_cbranch_execz .LBB0_27
	s_add_u32 s4, s14, s8
	s_mov_b32 s9, s8
	s_addc_u32 s5, s15, s8
	s_xor_b64 s[16:17], s[4:5], s[8:9]
	v_cvt_f32_u32_e32 v0, s16
	v_cvt_f32_u32_e32 v1, s17
	s_sub_u32 s4, 0, s16
	s_subb_u32 s5, 0, s17
	v_madmk_f32 v0, v1, 0x4f800000, v0
	v_rcp_f32_e32 v0, v0
	v_mul_f32_e32 v0, 0x5f7ffffc, v0
	v_mul_f32_e32 v1, 0x2f800000, v0
	v_trunc_f32_e32 v1, v1
	v_madmk_f32 v0, v1, 0xcf800000, v0
	v_cvt_u32_f32_e32 v1, v1
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v8, s4, v1
	v_mul_hi_u32 v10, s4, v0
	v_mul_lo_u32 v9, s5, v0
	v_add_u32_e32 v8, v10, v8
	v_mul_lo_u32 v11, s4, v0
	v_add_u32_e32 v8, v8, v9
	v_mul_lo_u32 v10, v0, v8
	v_mul_hi_u32 v12, v0, v11
	v_mul_hi_u32 v9, v0, v8
	v_add_co_u32_e32 v10, vcc, v12, v10
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_mul_hi_u32 v13, v1, v11
	v_mul_lo_u32 v11, v1, v11
	v_add_co_u32_e32 v10, vcc, v10, v11
	v_mul_hi_u32 v12, v1, v8
	v_addc_co_u32_e32 v9, vcc, v9, v13, vcc
	v_addc_co_u32_e32 v10, vcc, 0, v12, vcc
	v_mul_lo_u32 v8, v1, v8
	v_add_co_u32_e32 v8, vcc, v9, v8
	v_addc_co_u32_e32 v9, vcc, 0, v10, vcc
	v_add_co_u32_e32 v0, vcc, v0, v8
	v_addc_co_u32_e32 v1, vcc, v1, v9, vcc
	v_mul_lo_u32 v8, s4, v1
	v_mul_hi_u32 v9, s4, v0
	v_add_u32_e32 v8, v9, v8
	v_mul_lo_u32 v9, s5, v0
	v_add_u32_e32 v8, v8, v9
	v_mul_lo_u32 v10, s4, v0
	v_mul_hi_u32 v11, v1, v10
	v_mul_lo_u32 v12, v1, v10
	v_mul_lo_u32 v14, v0, v8
	v_mul_hi_u32 v10, v0, v10
	v_mul_hi_u32 v13, v0, v8
	v_add_co_u32_e32 v10, vcc, v10, v14
	v_addc_co_u32_e32 v13, vcc, 0, v13, vcc
	v_add_co_u32_e32 v10, vcc, v10, v12
	v_mul_hi_u32 v9, v1, v8
	v_addc_co_u32_e32 v10, vcc, v13, v11, vcc
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_mul_lo_u32 v8, v1, v8
	v_add_co_u32_e32 v8, vcc, v10, v8
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_add_co_u32_e32 v8, vcc, v0, v8
	v_addc_co_u32_e32 v9, vcc, v1, v9, vcc
	v_ashrrev_i32_e32 v10, 31, v7
	v_add_co_u32_e32 v0, vcc, v6, v10
	v_addc_co_u32_e32 v1, vcc, v7, v10, vcc
	v_xor_b32_e32 v11, v0, v10
	v_xor_b32_e32 v7, v1, v10
	v_mad_u64_u32 v[0:1], s[4:5], v11, v9, 0
	v_mul_hi_u32 v12, v11, v8
	v_add_co_u32_e32 v12, vcc, v12, v0
	v_addc_co_u32_e32 v13, vcc, 0, v1, vcc
	v_mad_u64_u32 v[0:1], s[4:5], v7, v9, 0
	v_mad_u64_u32 v[8:9], s[4:5], v7, v8, 0
	v_add_co_u32_e32 v8, vcc, v12, v8
	v_addc_co_u32_e32 v8, vcc, v13, v9, vcc
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_add_co_u32_e32 v0, vcc, v8, v0
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_mul_lo_u32 v8, s17, v0
	v_mul_lo_u32 v9, s16, v1
	v_mad_u64_u32 v[0:1], s[4:5], s16, v0, 0
	v_add3_u32 v1, v1, v9, v8
	v_sub_u32_e32 v8, v7, v1
	v_mov_b32_e32 v9, s17
	v_sub_co_u32_e32 v0, vcc, v11, v0
	v_subb_co_u32_e64 v8, s[4:5], v8, v9, vcc
	v_subrev_co_u32_e64 v11, s[4:5], s16, v0
	v_subbrev_co_u32_e64 v12, s[6:7], 0, v8, s[4:5]
	v_cmp_le_u32_e64 s[6:7], s17, v12
	v_cndmask_b32_e64 v13, 0, -1, s[6:7]
	v_cmp_le_u32_e64 s[6:7], s16, v11
	v_subb_co_u32_e64 v8, s[4:5], v8, v9, s[4:5]
	v_cndmask_b32_e64 v14, 0, -1, s[6:7]
	v_cmp_eq_u32_e64 s[6:7], s17, v12
	v_subrev_co_u32_e64 v9, s[4:5], s16, v11
	v_subb_co_u32_e32 v1, vcc, v7, v1, vcc
	v_cndmask_b32_e64 v13, v13, v14, s[6:7]
	v_subbrev_co_u32_e64 v8, s[4:5], 0, v8, s[4:5]
	v_cmp_le_u32_e32 vcc, s17, v1
	v_cmp_ne_u32_e64 s[4:5], 0, v13
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s16, v0
	v_cndmask_b32_e64 v8, v12, v8, s[4:5]
	v_cndmask_b32_e64 v12, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s17, v1
	v_cndmask_b32_e32 v7, v7, v12, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	v_cndmask_b32_e64 v7, v11, v9, s[4:5]
	v_cndmask_b32_e32 v0, v0, v7, vcc
	v_cndmask_b32_e32 v1, v1, v8, vcc
	v_xor_b32_e32 v0, v0, v10
	v_xor_b32_e32 v1, v1, v10
	v_sub_co_u32_e32 v0, vcc, v0, v10
	v_subb_co_u32_e32 v1, vcc, v1, v10, vcc
.LBB0_27:
	s_andn2_saveexec_b64 s[4:5], s[10:11]
	s_cbranch_execz .LBB0_29
	v_rcp_iflag_f32_e32 v0, v4
	s_sub_i32 s6, 0, s14
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v1, s6, v0
	v_mul_hi_u32 v1, v0, v1
	v_add_u32_e32 v0, v0, v1
	v_mul_hi_u32 v0, v6, v0
	v_mul_lo_u32 v0, v0, s14
	v_sub_u32_e32 v0, v6, v0
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_mov_b32_e32 v1, 0
.LBB0_29:
	s_or_b64 exec, exec, s[4:5]
	v_cmp_ne_u64_e32 vcc, 0, v[0:1]
	v_mov_b32_e32 v8, s18
	v_mov_b32_e32 v7, s19
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_add_co_u32_e32 v0, vcc, v8, v0
	v_addc_co_u32_e32 v1, vcc, v7, v1, vcc
	v_ashrrev_i32_e32 v7, 31, v1
	v_and_b32_e32 v8, s15, v7
	v_and_b32_e32 v7, s14, v7
	v_add_co_u32_e32 v0, vcc, v7, v0
	v_addc_co_u32_e32 v1, vcc, v8, v1, vcc
	v_lshlrev_b64 v[0:1], 3, v[0:1]
	v_mov_b32_e32 v7, s13
	v_add_co_u32_e32 v0, vcc, s12, v0
	v_addc_co_u32_e32 v1, vcc, v7, v1, vcc
	global_load_dwordx2 v[0:1], v[0:1], off
	v_add_co_u32_e32 v7, vcc, 7, v2
	v_addc_co_u32_e32 v8, vcc, 0, v3, vcc
	v_mov_b32_e32 v10, 0
	v_or_b32_e32 v11, s15, v8
	v_cmp_ne_u64_e32 vcc, 0, v[10:11]
	s_waitcnt vmcnt(0)
	buffer_store_dword v1, off, s[0:3], 0 offset:52
	buffer_store_dword v0, off, s[0:3], 0 offset:48
	s_and_saveexec_b64 s[4:5], vcc
	s_xor_b64 s[10:11], exec, s[4:5]
	s_cbranch_execz .LBB0_31
	s_add_u32 s4, s14, s8
	s_mov_b32 s9, s8
	s_addc_u32 s5, s15, s8
	s_xor_b64 s[8:9], s[4:5], s[8:9]
	v_cvt_f32_u32_e32 v0, s8
	v_cvt_f32_u32_e32 v1, s9
	s_sub_u32 s4, 0, s8
	s_subb_u32 s5, 0, s9
	v_madmk_f32 v0, v1, 0x4f800000, v0
	v_rcp_f32_e32 v0, v0
	v_mul_f32_e32 v0, 0x5f7ffffc, v0
	v_mul_f32_e32 v1, 0x2f800000, v0
	v_trunc_f32_e32 v1, v1
	v_madmk_f32 v0, v1, 0xcf800000, v0
	v_cvt_u32_f32_e32 v1, v1
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v4, s4, v1
	v_mul_hi_u32 v10, s4, v0
	v_mul_lo_u32 v9, s5, v0
	v_add_u32_e32 v4, v10, v4
	v_mul_lo_u32 v11, s4, v0
	v_add_u32_e32 v4, v4, v9
	v_mul_lo_u32 v10, v0, v4
	v_mul_hi_u32 v12, v0, v11
	v_mul_hi_u32 v9, v0, v4
	v_add_co_u32_e32 v10, vcc, v12, v10
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_mul_hi_u32 v13, v1, v11
	v_mul_lo_u32 v11, v1, v11
	v_add_co_u32_e32 v10, vcc, v10, v11
	v_mul_hi_u32 v12, v1, v4
	v_addc_co_u32_e32 v9, vcc, v9, v13, vcc
	v_addc_co_u32_e32 v10, vcc, 0, v12, vcc
	v_mul_lo_u32 v4, v1, v4
	v_add_co_u32_e32 v4, vcc, v9, v4
	v_addc_co_u32_e32 v9, vcc, 0, v10, vcc
	v_add_co_u32_e32 v0, vcc, v0, v4
	v_addc_co_u32_e32 v1, vcc, v1, v9, vcc
	v_mul_lo_u32 v4, s4, v1
	v_mul_hi_u32 v9, s4, v0
	v_add_u32_e32 v4, v9, v4
	v_mul_lo_u32 v9, s5, v0
	v_add_u32_e32 v4, v4, v9
	v_mul_lo_u32 v10, s4, v0
	v_mul_hi_u32 v11, v1, v10
	v_mul_lo_u32 v12, v1, v10
	v_mul_lo_u32 v14, v0, v4
	v_mul_hi_u32 v10, v0, v10
	v_mul_hi_u32 v13, v0, v4
	v_add_co_u32_e32 v10, vcc, v10, v14
	v_addc_co_u32_e32 v13, vcc, 0, v13, vcc
	v_add_co_u32_e32 v10, vcc, v10, v12
	v_mul_hi_u32 v9, v1, v4
	v_addc_co_u32_e32 v10, vcc, v13, v11, vcc
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_mul_lo_u32 v4, v1, v4
	v_add_co_u32_e32 v4, vcc, v10, v4
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_add_co_u32_e32 v4, vcc, v0, v4
	v_addc_co_u32_e32 v9, vcc, v1, v9, vcc
	v_ashrrev_i32_e32 v10, 31, v8
	v_add_co_u32_e32 v0, vcc, v7, v10
	v_addc_co_u32_e32 v1, vcc, v8, v10, vcc
	v_xor_b32_e32 v11, v0, v10
	v_xor_b32_e32 v7, v1, v10
	v_mad_u64_u32 v[0:1], s[4:5], v11, v9, 0
	v_mul_hi_u32 v8, v11, v4
	v_add_co_u32_e32 v12, vcc, v8, v0
	v_addc_co_u32_e32 v13, vcc, 0, v1, vcc
	v_mad_u64_u32 v[0:1], s[4:5], v7, v9, 0
	v_mad_u64_u32 v[8:9], s[4:5], v7, v4, 0
	v_add_co_u32_e32 v4, vcc, v12, v8
	v_addc_co_u32_e32 v4, vcc, v13, v9, vcc
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_add_co_u32_e32 v0, vcc, v4, v0
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_mul_lo_u32 v4, s9, v0
	v_mul_lo_u32 v8, s8, v1
	v_mad_u64_u32 v[0:1], s[4:5], s8, v0, 0
	v_add3_u32 v1, v1, v8, v4
	v_sub_u32_e32 v4, v7, v1
	v_mov_b32_e32 v8, s9
	v_sub_co_u32_e32 v0, vcc, v11, v0
	v_subb_co_u32_e64 v4, s[4:5], v4, v8, vcc
	v_subrev_co_u32_e64 v9, s[4:5], s8, v0
	v_subbrev_co_u32_e64 v11, s[6:7], 0, v4, s[4:5]
	v_cmp_le_u32_e64 s[6:7], s9, v11
	v_cndmask_b32_e64 v12, 0, -1, s[6:7]
	v_cmp_le_u32_e64 s[6:7], s8, v9
	v_subb_co_u32_e64 v4, s[4:5], v4, v8, s[4:5]
	v_cndmask_b32_e64 v13, 0, -1, s[6:7]
	v_cmp_eq_u32_e64 s[6:7], s9, v11
	v_subrev_co_u32_e64 v8, s[4:5], s8, v9
	v_subb_co_u32_e32 v1, vcc, v7, v1, vcc
	v_cndmask_b32_e64 v12, v12, v13, s[6:7]
	v_subbrev_co_u32_e64 v4, s[4:5], 0, v4, s[4:5]
	v_cmp_le_u32_e32 vcc, s9, v1
	v_cmp_ne_u32_e64 s[4:5], 0, v12
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s8, v0
	v_cndmask_b32_e64 v4, v11, v4, s[4:5]
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s9, v1
	v_cndmask_b32_e32 v7, v7, v11, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	v_cndmask_b32_e32 v1, v1, v4, vcc
	v_cndmask_b32_e64 v4, v9, v8, s[4:5]
	v_cndmask_b32_e32 v0, v0, v4, vcc
	v_xor_b32_e32 v0, v0, v10
	v_xor_b32_e32 v1, v1, v10
	v_sub_co_u32_e32 v0, vcc, v0, v10
	v_subb_co_u32_e32 v1, vcc, v1, v10, vcc
.LBB0_31:
	s_andn2_saveexec_b64 s[4:5], s[10:11]
	s_cbranch_execz .LBB0_33
	v_rcp_iflag_f32_e32 v0, v4
	s_sub_i32 s6, 0, s14
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v1, s6, v0
	v_mul_hi_u32 v1, v0, v1
	v_add_u32_e32 v0, v0, v1
	v_mul_hi_u32 v0, v7, v0
	v_mul_lo_u32 v0, v0, s14
	v_sub_u32_e32 v0, v7, v0
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_subrev_u32_e32 v1, s14, v0
	v_cmp_le_u32_e32 vcc, s14, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_mov_b32_e32 v1, 0
.LBB0_33:
	s_or_b64 exec, exec, s[4:5]
	v_cmp_ne_u64_e32 vcc, 0, v[0:1]
	v_mov_b32_e32 v7, s18
	v_mov_b32_e32 v4, s19
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_add_co_u32_e32 v0, vcc, v7, v0
	v_addc_co_u32_e32 v1, vcc, v4, v1, vcc
	v_ashrrev_i32_e32 v4, 31, v1
	v_and_b32_e32 v7, s15, v4
	v_and_b32_e32 v4, s14, v4
	v_add_co_u32_e32 v0, vcc, v4, v0
	v_addc_co_u32_e32 v1, vcc, v7, v1, vcc
	v_lshlrev_b64 v[0:1], 3, v[0:1]
	v_mov_b32_e32 v18, s13
	v_add_co_u32_e32 v0, vcc, s12, v0
	v_addc_co_u32_e32 v1, vcc, v18, v1, vcc
	global_load_dwordx2 v[0:1], v[0:1], off
	v_lshlrev_b32_e32 v4, 3, v2
	v_lshlrev_b32_e32 v5, 3, v5
	v_lshlrev_b32_e32 v6, 3, v6
	v_and_b32_e32 v5, 56, v5
	v_add_u32_e32 v9, 8, v4
	v_mov_b32_e32 v7, 0
	v_and_b32_e32 v8, 56, v4
	v_and_b32_e32 v6, 56, v6
	v_add_u32_e32 v10, 56, v4
	v_add_u32_e32 v11, 16, v4
	v_add_u32_e32 v4, 40, v4
	v_add_u32_e32 v20, 0, v5
	v_and_b32_e32 v5, 56, v9
	v_add_u32_e32 v21, 0, v6
	v_xad_u32 v22, v8, 32, v7
	v_and_b32_e32 v6, 56, v10
	v_and_b32_e32 v7, 56, v11
	v_and_b32_e32 v4, 56, v4
	v_add_u32_e32 v11, 0, v5
	v_add_u32_e32 v19, 0, v8
	v_add_u32_e32 v23, 0, v6
	v_add_u32_e32 v24, 0, v7
	v_add_u32_e32 v25, 0, v4
	v_lshlrev_b64 v[2:3], 3, v[2:3]
	v_add_co_u32_e32 v2, vcc, s12, v2
	v_addc_co_u32_e32 v3, vcc, v18, v3, vcc
	s_waitcnt vmcnt(0)
	buffer_store_dword v1, off, s[0:3], 0 offset:60
	buffer_store_dword v0, off, s[0:3], 0 offset:56
	buffer_load_dword v1, v11, s[0:3], 0 offen offset:4
	s_nop 0
	buffer_load_dword v0, v11, s[0:3], 0 offen
	buffer_load_dword v5, v21, s[0:3], 0 offen offset:4
	buffer_load_dword v4, v21, s[0:3], 0 offen
	buffer_load_dword v7, v20, s[0:3], 0 offen offset:4
	buffer_load_dword v6, v20, s[0:3], 0 offen
	buffer_load_dword v9, v19, s[0:3], 0 offen offset:4
	buffer_load_dword v8, v19, s[0:3], 0 offen
	buffer_load_dword v10, v25, s[0:3], 0 offen
	buffer_load_dword v12, v24, s[0:3], 0 offen
	buffer_load_dword v14, v23, s[0:3], 0 offen
	buffer_load_dword v17, v22, s[0:3], 0 offen offset:4
	buffer_load_dword v16, v22, s[0:3], 0 offen
	buffer_load_dword v15, v23, s[0:3], 0 offen offset:4
	buffer_load_dword v13, v24, s[0:3], 0 offen offset:4
	buffer_load_dword v11, v25, s[0:3], 0 offen offset:4
	s_waitcnt vmcnt(8)
	v_add_f64 v[8:9], v[8:9], 0
	v_add_f64 v[6:7], v[8:9], v[6:7]
	v_add_f64 v[4:5], v[6:7], v[4:5]
	v_add_f64 v[0:1], v[4:5], v[0:1]
	s_waitcnt vmcnt(3)
	v_add_f64 v[0:1], v[0:1], v[16:17]
	s_waitcnt vmcnt(2)
	v_add_f64 v[0:1], v[0:1], v[14:15]
	s_waitcnt vmcnt(1)
	v_add_f64 v[0:1], v[0:1], v[12:13]
	s_waitcnt vmcnt(0)
	v_add_f64 v[0:1], v[0:1], v[10:11]
	global_store_dwordx2 v[2:3], v[0:1], off
.LBB0_34:
	s_endpgm
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel golden_scratch
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 72
		.amdhsa_kernarg_size 24
		.amdhsa_user_sgpr_count 10
		.amdhsa_user_sgpr_private_segment_buffer 1
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_flat_scratch_init 1
		.amdhsa_user_sgpr_kernarg_preload_length 0
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_system_sgpr_private_segment_wavefront_offset 1
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 26
		.amdhsa_next_free_sgpr 20
		.amdhsa_accum_offset 28
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_flat_scratch 0
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
		.amdhsa_tg_split 0
		.amdhsa_exception_fp_ieee_invalid_op 0
		.amdhsa_exception_fp_denorm_src 0
		.amdhsa_exception_fp_ieee_div_zero 0
		.amdhsa_exception_fp_ieee_overflow 0
		.amdhsa_exception_fp_ieee_underflow 0
		.amdhsa_exception_fp_ieee_inexact 0
		.amdhsa_exception_int_div_zero 0
	.end_amdhsa_kernel
	.text
.Lfunc_end0:
	.size	golden_scratch, .Lfunc_end0-golden_scratch

	.p2alignl 6, 3212836864
	.fill 256, 4, 3212836864
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     0
    .args:
      - .address_space:  generic
        .offset:         0
        .size:           8
        .value_kind:     global_buffer
      - .offset:         8
        .size:           8
        .value_kind:     by_value
      - .offset:         16
        .size:           8
        .value_kind:     by_value
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 24
    .max_flat_workgroup_size: 1024
    .name:           golden_scratch
    .private_segment_fixed_size: 72
    .sgpr_count:     24
    .sgpr_spill_count: 0
    .symbol:         golden_scratch.kd
    .uses_dynamic_stack: false
    .vgpr_count:     26
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx90a
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata

//! kernel waves(float32[::1])
	.text
	.amdgcn_target "amdgcn-amd-amdhsa--gfx90a"
	.amdhsa_code_object_version 5
	.globl	golden_waves
	.p2align	8
	.type	golden_waves,@function
golden_waves:
	s_load_dword s0, s[4:5], 0x4
	s_load_dwordx2 s[2:3], s[6:7], 0x0
	s_load_dword s1, s[6:7], 0x90
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v2, s8
	s_waitcnt lgkmcnt(0)
	s_and_b32 s0, s0, 0xffff
	v_mad_u64_u32 v[2:3], s[6:7], s0, v2, v[0:1]
	v_lshlrev_b64 v[2:3], 2, v[2:3]
	v_mov_b32_e32 v1, s3
	v_add_co_u32_e32 v2, vcc, s2, v2
	v_addc_co_u32_e32 v3, vcc, v1, v3, vcc
	global_load_dword v4, v[2:3], off
	v_lshlrev_b32_e32 v1, 2, v0
	v_and_b32_e32 v5, 0xfc, v1
	s_cmp_lt_u32 s1, 4
	s_waitcnt vmcnt(0)
	ds_write_b32 v5, v4
	s_cbranch_scc1 .LBB0_2
	s_lshr_b32 s1, s1, 2
	v_cvt_f32_u32_e32 v5, s1
	s_sub_i32 s2, 0, s1
	v_mov_b32_e32 v6, 0x100
	v_rcp_iflag_f32_e32 v5, v5
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v0, v5
	v_mul_lo_u32 v5, v5, s1
	v_sub_u32_e32 v0, v0, v5
	v_subrev_u32_e32 v5, s1, v0
	v_cmp_le_u32_e32 vcc, s1, v0
	v_cndmask_b32_e32 v0, v0, v5, vcc
	v_subrev_u32_e32 v5, s1, v0
	v_cmp_le_u32_e32 vcc, s1, v0
	v_cndmask_b32_e32 v0, v0, v5, vcc
	v_ashrrev_i32_e32 v5, 31, v0
	v_and_b32_e32 v7, s1, v5
	v_add_co_u32_e32 v0, vcc, v7, v0
	v_addc_co_u32_e32 v5, vcc, 0, v5, vcc
	v_ashrrev_i32_e32 v5, 31, v5
	v_and_b32_e32 v5, s1, v5
	v_add_u32_e32 v0, v5, v0
	v_lshl_add_u32 v0, v0, 2, v6
	ds_write_b32 v0, v4
	v_add_u32_e32 v0, 4, v1
	v_and_b32_e32 v0, 0xfc, v0
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b32 v0, v0
	s_mov_b32 s1, 0x3fb8aa3b
	s_sub_i32 s2, 0, s0
	s_waitcnt lgkmcnt(0)
	v_mul_f32_e32 v1, 0x3fb8aa3b, v0
	v_fma_f32 v4, v0, s1, -v1
	v_rndne_f32_e32 v5, v1
	v_fmac_f32_e32 v4, 0x32a5705f, v0
	v_sub_f32_e32 v1, v1, v5
	v_add_f32_e32 v1, v4, v1
	s_mov_b32 s1, 0xc2fc0000
	v_mov_b32_e32 v4, 0x42800000
	v_cmp_gt_f32_e32 vcc, s1, v1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_add_f32_e32 v1, v1, v4
	v_exp_f32_e32 v1, v1
	v_cvt_i32_f32_e32 v4, v5
	v_mov_b32_e32 v5, 0x1f800000
	v_cndmask_b32_e32 v5, 1.0, v5, vcc
	v_mul_f32_e32 v1, v1, v5
	v_ldexp_f32 v1, v1, v4
	v_cvt_f32_u32_e32 v4, s0
	s_mov_b32 s1, 0xc2ce8ed0
	v_cmp_ngt_f32_e32 vcc, s1, v0
	s_mov_b32 s1, 0x42b17218
	v_rcp_iflag_f32_e32 v4, v4
	v_cndmask_b32_e32 v1, 0, v1, vcc
	ds_read_b32 v5, v6
	v_mov_b32_e32 v6, 0x7f800000
	v_cmp_nlt_f32_e32 vcc, s1, v0
	v_cndmask_b32_e32 v0, v6, v1, vcc
	v_mul_f32_e32 v1, 0x4f7ffffe, v4
	v_cvt_u32_f32_e32 v4, v1
	s_load_dword s1, s[4:5], 0xc
	s_waitcnt lgkmcnt(0)
	v_add_f32_e32 v0, v5, v0
	v_cvt_f64_f32_e32 v[0:1], v0
	v_readfirstlane_b32 s3, v4
	s_mul_i32 s2, s2, s3
	s_mul_hi_u32 s2, s3, s2
	s_add_i32 s3, s3, s2
	s_mul_hi_u32 s2, s1, s3
	s_mul_i32 s3, s2, s0
	s_sub_i32 s1, s1, s3
	s_add_i32 s3, s2, 1
	s_sub_i32 s4, s1, s0
	s_cmp_ge_u32 s1, s0
	s_cselect_b32 s2, s3, s2
	s_cselect_b32 s1, s4, s1
	s_add_i32 s3, s2, 1
	s_cmp_ge_u32 s1, s0
	s_cselect_b32 s1, s3, s2
	s_mul_i32 s2, s1, s0
	s_mul_hi_i32 s0, s1, s0
	v_cvt_f64_i32_e32 v[4:5], s0
	v_ldexp_f64 v[4:5], v[4:5], 32
	v_cvt_f64_u32_e32 v[6:7], s2
	v_add_f64 v[4:5], v[4:5], v[6:7]
	v_add_f64 v[0:1], v[4:5], v[0:1]
	v_cvt_f32_f64_e32 v0, v[0:1]
	global_store_dword v[2:3], v0, off
.LBB0_2:
	s_endpgm
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel golden_waves
		.amdhsa_group_segment_fixed_size 256
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 280
		.amdhsa_user_sgpr_count 8
		.amdhsa_user_sgpr_private_segment_buffer 1
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_flat_scratch_init 0
		.amdhsa_user_sgpr_kernarg_preload_length 0
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_system_sgpr_private_segment_wavefront_offset 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 8
		.amdhsa_next_free_sgpr 9
		.amdhsa_accum_offset 8
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_flat_scratch 0
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
		.amdhsa_tg_split 0
		.amdhsa_exception_fp_ieee_invalid_op 0
		.amdhsa_exception_fp_denorm_src 0
		.amdhsa_exception_fp_ieee_div_zero 0
		.amdhsa_exception_fp_ieee_overflow 0
		.amdhsa_exception_fp_ieee_underflow 0
		.amdhsa_exception_fp_ieee_inexact 0
		.amdhsa_exception_int_div_zero 0
	.end_amdhsa_kernel
	.text
.Lfunc_end0:
	.size	golden_waves, .Lfunc_end0-golden_waves

	.p2alignl 6, 3212836864
	.fill 256, 4, 3212836864
	.ident	"Debian clang version 15.0.5"
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     0
    .args:
      - .address_space:  generic
        .offset:         0
        .size:           8
        .value_kind:     global_buffer
      - .offset:         8
        .size:           8
        .value_kind:     by_value
      - .offset:         16
        .size:           8
        .value_kind:     by_value
      - .offset:         24
        .size:           4
        .value_kind:     hidden_block_count_x
      - .offset:         28
        .size:           4
        .value_kind:     hidden_block_count_y
      - .offset:         32
        .size:           4
        .value_kind:     hidden_block_count_z
      - .offset:         36
        .size:           2
        .value_kind:     hidden_group_size_x
      - .offset:         38
        .size:           2
        .value_kind:     hidden_group_size_y
      - .offset:         40
        .size:           2
        .value_kind:     hidden_group_size_z
      - .offset:         42
        .size:           2
        .value_kind:     hidden_remainder_x
      - .offset:         44
        .size:           2
        .value_kind:     hidden_remainder_y
      - .offset:         46
        .size:           2
        .value_kind:     hidden_remainder_z
      - .offset:         64
        .size:           8
        .value_kind:     hidden_global_offset_x
      - .offset:         72
        .size:           8
        .value_kind:     hidden_global_offset_y
      - .offset:         80
        .size:           8
        .value_kind:     hidden_global_offset_z
      - .offset:         88
        .size:           2
        .value_kind:     hidden_grid_dims
      - .offset:         144
        .size:           4
        .value_kind:     hidden_dynamic_lds_size
    .group_segment_fixed_size: 256
    .kernarg_segment_align: 8
    .kernarg_segment_size: 280
    .language:       OpenCL C
    .language_version:
      - 2
      - 0
    .max_flat_workgroup_size: 1024
    .name:           golden_waves
    .private_segment_fixed_size: 0
    .sgpr_count:     13
    .sgpr_spill_count: 0
    .symbol:         golden_waves.kd
    .uses_dynamic_stack: false
    .vgpr_count:     8
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx90a
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata

