package org.rectify.bench;

/**
 * One side of the comparison: runs whole happy paths and says how many user tasks they completed.
 */
interface Workload extends AutoCloseable {

  String name();

  /** Runs {@code instances} complete happy paths, one after the other, on the calling thread. */
  void run(int instances);

  @Override
  void close();
}
