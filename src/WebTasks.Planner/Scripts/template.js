// Written by the WebTasks planner (no model) for the task:
__TASK__
//
// Planned on __URL__:
__SUMMARY__
//
// Everything the script knows about the site is in `plan`: edit a selector there when the markup changes.
__READING__
const plan = __PLAN__;
