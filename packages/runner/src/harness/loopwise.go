// Loopwise's Go harness: ListNode and TreeNode, the conversion of values to and from JSON, and the
// loop that calls the solution once per case. The generated main.go defines lwRunCase; the user's
// solution.go is in the same package. Every name here starts with lw, so a solution's own helpers
// never clash with them. Results go to fd 3; a watchdog goroutine ends the process when a case
// overruns its CPU time, the wall backstop or the memory limit.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

// Any longer and a returned list or tree has a cycle (or is larger than any input we send).
const lwMaxNodes = 2_000_000

type lwRaw = json.RawMessage

var (
	lwResults  = os.NewFile(3, "results")
	lwEmitting sync.Mutex
	lwListType = reflect.TypeOf((*ListNode)(nil))
	lwTreeType = reflect.TypeOf((*TreeNode)(nil))
	lwLine     = regexp.MustCompile(`(?:^|[\s/])solution\.go:(\d+)`)
)

func lwEmit(line string) {
	lwEmitting.Lock()
	defer lwEmitting.Unlock()
	_, _ = lwResults.Write([]byte(line + "\n"))
}

func lwMust(err error) {
	if err != nil {
		panic(fmt.Sprintf("harness: %v", err))
	}
}

// lwItems reads a JSON array into its elements.
func lwItems(raw lwRaw) []lwRaw {
	var items []lwRaw
	lwMust(json.Unmarshal(raw, &items))
	return items
}

// lwArg converts argument i into target (a pointer to the parameter's type).
func lwArg(args []lwRaw, i int, target interface{}) {
	if i >= len(args) {
		panic("harness: a case has too few arguments")
	}
	lwDecode(args[i], reflect.ValueOf(target).Elem())
}

// lwCall splits a design problem's call into its method name and its arguments.
func lwCall(raw lwRaw) (string, []lwRaw) {
	call := lwItems(raw)
	var name string
	lwArg(call, 0, &name)
	if len(call) < 2 {
		return name, nil
	}
	return name, lwItems(call[1])
}

func lwHasNode(t reflect.Type) bool {
	for t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t == lwListType || t == lwTreeType
}

func lwDecode(raw lwRaw, v reflect.Value) {
	switch {
	case v.Type() == lwListType:
		var values []int
		lwMust(json.Unmarshal(raw, &values))
		var head *ListNode
		for k := len(values) - 1; k >= 0; k-- {
			head = &ListNode{Val: values[k], Next: head}
		}
		v.Set(reflect.ValueOf(head))
	case v.Type() == lwTreeType:
		var values []*int
		lwMust(json.Unmarshal(raw, &values))
		v.Set(reflect.ValueOf(lwBuildTree(values)))
	case v.Kind() == reflect.Slice && lwHasNode(v.Type()):
		var items []lwRaw
		lwMust(json.Unmarshal(raw, &items))
		slice := reflect.MakeSlice(v.Type(), len(items), len(items))
		for k, item := range items {
			lwDecode(item, slice.Index(k))
		}
		v.Set(slice)
	default:
		lwMust(json.Unmarshal(raw, v.Addr().Interface()))
	}
}

// lwBuildTree builds a tree from its level order with nulls.
func lwBuildTree(values []*int) *TreeNode {
	if len(values) == 0 || values[0] == nil {
		return nil
	}
	nodes := make([]*TreeNode, len(values))
	for k, value := range values {
		if value != nil {
			nodes[k] = &TreeNode{Val: *value}
		}
	}
	child := 1
	for _, node := range nodes {
		if node == nil {
			continue
		}
		if child < len(nodes) {
			node.Left = nodes[child]
		}
		if child+1 < len(nodes) {
			node.Right = nodes[child+1]
		}
		child += 2
	}
	return nodes[0]
}

// lwJSON writes an answer: a list as an array, a tree as its level order with trailing nulls
// dropped, and an empty list, tree or slice as [].
func lwJSON(value interface{}) string {
	var out strings.Builder
	lwWrite(&out, reflect.ValueOf(value))
	return out.String()
}

func lwWrite(out *strings.Builder, v reflect.Value) {
	if !v.IsValid() {
		out.WriteString("null")
		return
	}
	switch v.Type() {
	case lwListType:
		lwWriteList(out, v.Interface().(*ListNode))
		return
	case lwTreeType:
		lwWriteTree(out, v.Interface().(*TreeNode))
		return
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		out.WriteByte('[')
		for k := 0; k < v.Len(); k++ {
			if k > 0 {
				out.WriteByte(',')
			}
			lwWrite(out, v.Index(k))
		}
		out.WriteByte(']')
	case reflect.String:
		text, err := json.Marshal(v.String())
		lwMust(err)
		out.Write(text)
	case reflect.Bool:
		out.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		out.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		out.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			panic(fmt.Sprintf("the answer %v is not a finite number", f))
		}
		out.WriteString(strconv.FormatFloat(f, 'g', -1, 64))
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			out.WriteString("null")
		} else {
			lwWrite(out, v.Elem())
		}
	default:
		panic("harness: an answer of type " + v.Type().String() + " cannot be written as JSON")
	}
}

func lwWriteList(out *strings.Builder, head *ListNode) {
	out.WriteByte('[')
	for n := 0; head != nil; n++ {
		if n >= lwMaxNodes {
			panic("the returned list has a cycle")
		}
		if n > 0 {
			out.WriteByte(',')
		}
		out.WriteString(strconv.Itoa(head.Val))
		head = head.Next
	}
	out.WriteByte(']')
}

func lwWriteTree(out *strings.Builder, root *TreeNode) {
	queue := []*TreeNode{root}
	values := []string{}
	for k := 0; k < len(queue); k++ {
		if len(queue) > lwMaxNodes {
			panic("the returned tree has a cycle")
		}
		node := queue[k]
		if node == nil {
			values = append(values, "null")
			continue
		}
		values = append(values, strconv.Itoa(node.Val))
		queue = append(queue, node.Left, node.Right)
	}
	for len(values) > 0 && values[len(values)-1] == "null" {
		values = values[:len(values)-1]
	}
	out.WriteString("[" + strings.Join(values, ",") + "]")
}

func lwJoin(answers []string) string {
	return "[" + strings.Join(answers, ",") + "]"
}

// lwRun calls the solution on one case: its answer, or the panic's message and line in solution.go.
func lwRun(runCase func(lwRaw) string, c lwRaw) (value string, failure string) {
	defer func() {
		if r := recover(); r != nil {
			message, _ := json.Marshal(fmt.Sprintf("panic: %v", r))
			failure = `{"message":` + string(message)
			if line := lwLine.FindSubmatch(debug.Stack()); line != nil {
				failure += `,"line":` + string(line[1])
			}
			failure += "}"
		}
	}()
	return runCase(c), ""
}

func lwCPU() time.Duration {
	var usage syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &usage)
	return time.Duration(usage.Utime.Nano() + usage.Stime.Nano())
}

// lwStatusKb reads one field of /proc/self/status (VmRSS, VmHWM) in KB.
func lwStatusKb(field string) int64 {
	status, _ := os.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(line, field+":") {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(line[len(field)+1:]), " kB"), 10, 64)
			return kb
		}
	}
	return 0
}

// lwWatchdog polls the running case: past its CPU time or the wall backstop it reports a timeout,
// past the memory limit a memory record, and ends the process.
type lwWatchdog struct {
	index               atomic.Int64
	cpu                 atomic.Int64
	wall                atomic.Int64
	cpuLimit, wallLimit time.Duration
	memoryKb            int64
}

func (w *lwWatchdog) arm(k int) {
	w.cpu.Store(int64(lwCPU()))
	w.wall.Store(time.Now().UnixNano())
	w.index.Store(int64(k))
}

func (w *lwWatchdog) disarm() { w.index.Store(-1) }

func (w *lwWatchdog) watch() {
	for {
		time.Sleep(5 * time.Millisecond)
		k := w.index.Load()
		if k < 0 {
			continue
		}
		wall := time.Duration(time.Now().UnixNano() - w.wall.Load())
		ms := float64(wall) / 1e6
		if lwCPU()-time.Duration(w.cpu.Load()) > w.cpuLimit || wall > w.wallLimit {
			lwEmit(fmt.Sprintf(`{"t":"case","i":%d,"ms":%v,"timeout":true}`, k, ms))
			os.Exit(137)
		}
		if lwStatusKb("VmRSS") > w.memoryKb {
			lwEmit(fmt.Sprintf(`{"t":"memory","i":%d,"ms":%v}`, k, ms))
			os.Exit(137)
		}
	}
}

func lwMain(runCase func(lwRaw) string) {
	input, err := io.ReadAll(os.Stdin)
	lwMust(err)
	job := lwItems(input)
	var limitMs, wallMs, memoryMb int64
	lwArg(job, 0, &limitMs)
	lwArg(job, 1, &wallMs)
	lwArg(job, 3, &memoryMb)
	cases := lwItems(job[2])
	watchdog := &lwWatchdog{
		cpuLimit:  time.Duration(limitMs) * time.Millisecond,
		wallLimit: time.Duration(wallMs) * time.Millisecond,
		memoryKb:  memoryMb * 1024,
	}
	watchdog.disarm()
	go watchdog.watch()
	for k, c := range cases {
		lwEmit(fmt.Sprintf(`{"t":"start","i":%d}`, k))
		started := time.Now()
		watchdog.arm(k)
		value, failure := lwRun(runCase, c)
		watchdog.disarm()
		record := `"value":` + value
		if failure != "" {
			record = `"error":` + failure
		}
		ms := float64(time.Since(started).Nanoseconds()) / 1e6
		lwEmit(fmt.Sprintf(`{"t":"case","i":%d,"ms":%v,%s}`, k, ms, record))
	}
	lwEmit(fmt.Sprintf(`{"t":"end","memoryKb":%d}`, lwStatusKb("VmHWM")))
	os.Exit(0)
}
