package examgrader.engine;

/** The body of one op: reads its already name-checked arguments and computes, with the working. */
@FunctionalInterface
interface Op {
    OpResult run(Args args);
}
