// C++ exceptions: invoke, landingpad (cleanup/catch/filter), resume, personality.
struct Guard { ~Guard(); };
void may_throw(int);
int handle() noexcept;
int f(int x) {
  Guard g;
  try { may_throw(x); } catch (int e) { return e; } catch (...) { return handle(); }
  return 0;
}
void g(int x) throw(int) { may_throw(x); }
