package org.tacitus.model;

/** TIMEX3 types used in the output contract. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
