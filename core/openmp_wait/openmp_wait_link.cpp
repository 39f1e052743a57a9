// Only a link: through it the loader reaches tfscope_openmp_wait_setter one level deeper (openmp_wait.cpp).
