"""Policy: who may send, what may not be sent, what the administrator fixed (no Qt).

- ``identity``: the sending identity must be a ``.gov.vn`` mailbox (Chỉ thị
  34/2008/CT-TTg), judged on the real domain after IDNA (UTS #46) mapping.
- ``admin``: the administrator's ``policy.json`` in the site config dir; it can
  only narrow the rule, never widen it, and users cannot override it.
- ``classified``: confidentiality stamps (MẬT, TỐI MẬT, TUYỆT MẬT) block sending.
"""
