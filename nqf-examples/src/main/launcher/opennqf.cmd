@echo off
rem opennqf: runs the OpenNQF command-line tool (opennqf.jar, beside this script) with JVM options
rem for a command that runs for seconds: the quick JIT compiler only and the parallel collector (see
rem the opennqf shell script for why). OPENNQF_JAVA_OPTS adds options after these, so they win;
rem JAVA_HOME picks the Java (17 or later). No class-data sharing archive is made on Windows.
setlocal
set "OPENNQF_JAVA=java"
if defined JAVA_HOME set "OPENNQF_JAVA=%JAVA_HOME%\bin\java"
set "OPENNQF_GC=-XX:+UseParallelGC"
echo %OPENNQF_JAVA_OPTS% | findstr /R /C:"-XX:+Use[A-Za-z]*GC" >nul && set "OPENNQF_GC="
if not defined OPENNQF_JAR set "OPENNQF_JAR=%~dp0opennqf.jar"
"%OPENNQF_JAVA%" -XX:TieredStopAtLevel=1 %OPENNQF_GC% -Xlog:disable -Xlog:all=warning:stderr %OPENNQF_JAVA_OPTS% -jar "%OPENNQF_JAR%" %*
exit /b %ERRORLEVEL%
