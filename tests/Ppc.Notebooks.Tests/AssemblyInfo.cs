// A notebook run sets the process's working directory and PPC_MODELING_BIN: one test at a time.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
