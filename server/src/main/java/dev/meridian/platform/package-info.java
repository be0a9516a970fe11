/**
 * What every module shares and nothing owns: the error shape, the page shape, the clock, the database lifecycle,
 * the queue port and the training-data flow's settings. Open so that any module may use it; it depends on no other
 * module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.meridian.platform;
